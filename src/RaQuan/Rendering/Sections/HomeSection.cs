namespace RaQuan.Rendering.Sections;

/// <summary>The home page, the English page and the 404 page.</summary>
internal sealed class HomeSection : ISiteSection
{
    public async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        await context.WritePageAsync(context.Pages.Home());
        await context.WritePageAsync(context.Pages.EnglishPage());
        await context.WritePageAsync(context.Pages.NotFound());
    }
}
