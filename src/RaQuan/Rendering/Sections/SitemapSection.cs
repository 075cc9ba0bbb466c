using RaQuan.Sitemaps;

namespace RaQuan.Rendering.Sections;

/// <summary>sitemap.xml and robots.txt; runs when every page has been written.</summary>
internal static class SitemapSection
{

    /// <param name="pages">Every indexable page of the site, written.</param>
    public static Task RenderAsync(RenderContext context, IEnumerable<SitemapEntry> pages)
    {
        var entries = pages.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        foreach (var (file, xml) in SitemapWriter.Write(entries, context.Urls.Absolute))
        {
            context.Sink.Write(file, xml);
        }

        context.Sink.Write("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {context.Urls.Absolute(context.Urls.Sitemap)}\n");
        return Task.CompletedTask;
    }
}
