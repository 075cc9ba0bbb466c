namespace RaQuan.Rendering.Sections;

/// <summary>A paginated page per administrative unit, and the index of units.</summary>
internal static class UnitSection
{
    public static async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        await context.WritePageAsync(context.Pages.UnitList());
        await Parallel.ForEachAsync(context.Site.AllUnits.SelectMany(context.Pages.Unit), cancellation,
            async (page, _) => await context.WritePageAsync(page));
    }
}
