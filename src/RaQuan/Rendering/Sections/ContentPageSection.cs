using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Sections;

/// <summary>Plain pages from pages/*.md.</summary>
internal static class ContentPageSection
{
    /// <returns>The files of files/ that the pages' bodies show.</returns>
    public static async Task<BodyFiles> RenderAsync(RenderContext context)
    {
        var files = new BodyFiles();
        foreach (var page in context.Site.Pages)
        {
            var body = context.RenderMarkdown(page.Body, context.Urls.Page(page), page.Source with { Line = page.BodyLine, Column = 0 }, files);
            await context.WritePageAsync(context.Pages.Page(page, body));
        }

        return files;
    }
}
