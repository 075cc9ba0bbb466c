namespace RaQuan.Rendering.Sections;

/// <summary>Plain pages from pages/*.md.</summary>
internal sealed class ContentPageSection : ISiteSection
{
    public async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        foreach (var page in context.Site.Pages)
        {
            var body = context.RenderMarkdown(page.Body, context.Urls.Page(page), page.Source with { Line = page.BodyLine, Column = 0 });
            await context.WritePageAsync(context.Pages.Page(page, body));
        }
    }
}
