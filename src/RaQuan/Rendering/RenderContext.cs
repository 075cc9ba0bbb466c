using System.Collections.Concurrent;
using RaQuan.Loading;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Pages;
using RaQuan.Sitemaps;

namespace RaQuan.Rendering;

/// <summary>What every section of the site needs while rendering, and the shared results sections hand on.</summary>
internal sealed class RenderContext(Site site, ITheme theme, OutputSink sink, ContentPaths paths)
{
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];

    public Site Site { get; } = site;
    public ITheme Theme { get; } = theme;
    public OutputSink Sink { get; } = sink;
    public ContentPaths Paths { get; } = paths;
    public SiteUrls Urls { get; } = new(site.Config);
    public PageFactory Pages { get; } = new(site, new SiteUrls(site.Config));

    /// <summary>
    /// What feeds need of the plans that appear in one, filled by the plan section for the feed section. Only
    /// this is kept, not the pages' HTML, so memory stays bounded by the feeds' size rather than the site's.
    /// </summary>
    public ConcurrentDictionary<Plan, FeedText> FeedBodies { get; } = new();

    /// <summary>Each plan's fallback summary (its first paragraph), filled by the plan section for the API.</summary>
    public ConcurrentDictionary<Plan, string> Excerpts { get; } = new();

    /// <summary>Every indexable page written so far, in no particular order.</summary>
    public IEnumerable<SitemapEntry> SitemapEntries => _sitemap;

    /// <summary>
    /// Renders every themed output of the page's kind (<see cref="OutputTable"/>) and writes them; the HTML page is
    /// recorded for the sitemap, the other outputs are alternates of it and are not.
    /// </summary>
    public async Task WritePageAsync(PageModel page, DateOnly? lastModified = null)
    {
        foreach (var format in OutputTable.For(page.Kind).Where(f => f.IsThemed))
        {
            var html = await Theme.RenderAsync(page with { Output = format });
            var path = SiteUrls.Output(page.Path, format);
            Sink.Write(page.Kind == PageKind.NotFound ? path : SiteUrls.FileFor(path), html);
        }

        if (page.Indexable)
        {
            _sitemap.Add(new SitemapEntry(Urls.Absolute(page.Path), lastModified));
        }
    }

    /// <summary>Renders a Markdown body for the page at <paramref name="path"/>.</summary>
    public RenderedBody RenderMarkdown(string markdown, string path) =>
        MarkdownRenderer.Render(markdown, new Uri(Urls.Absolute(path)));
}
