namespace RaQuan.Rendering.Sections;

/// <summary>The home page, the English page and the 404 page.</summary>
internal static class HomeSection
{
    public static async Task RenderAsync(RenderContext context)
    {
        await context.WritePageAsync(context.Pages.Home());
        await context.WritePageAsync(context.Pages.EnglishPage());
        await context.WritePageAsync(context.Pages.NotFound());
    }
}
