using System.Collections.Concurrent;
using RaQuan.Building;
using RaQuan.Loading;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Caching;
using RaQuan.Rendering.Pages;
using RaQuan.Sitemaps;

namespace RaQuan.Rendering;

/// <summary>What every section of the site needs while rendering, and the shared results sections hand on.</summary>
internal sealed class RenderContext(Site site, ITheme theme, OutputSink sink, ContentPaths paths, RenderCache? cache = null)
{
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];

    public Site Site { get; } = site;
    public ITheme Theme { get; } = theme;
    public OutputSink Sink { get; } = sink;
    public ContentPaths Paths { get; } = paths;
    public SiteUrls Urls { get; } = new(site.Config);
    public PageFactory Pages { get; } = new(site, new SiteUrls(site.Config));

    /// <summary>What a serve session kept from earlier builds; null in a plain build.</summary>
    public RenderCache? Cache { get; } = cache;

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
            var output = page with { Output = format };
            var path = SiteUrls.Output(page.Path, format);
            var file = page.Kind == PageKind.NotFound ? path : SiteUrls.FileFor(path);
            if (Cache is null)
            {
                Sink.Write(file, await Theme.RenderAsync(output));
            }
            else
            {
                Sink.Write(file, await Cache.PageAsync(output, file, () => Theme.RenderAsync(output)));
            }
        }

        if (page.Indexable)
        {
            _sitemap.Add(new SitemapEntry(Urls.Absolute(page.Path), lastModified));
        }
    }

    /// <summary>Renders a Markdown body, starting at <paramref name="source"/>, for the page at <paramref name="path"/>.</summary>
    /// <exception cref="BuildException">The renderer refused the text.</exception>
    public RenderedBody RenderMarkdown(string markdown, string path, SourceLocation source)
    {
        try
        {
            return Cache is null
                ? MarkdownRenderer.Render(markdown, new Uri(Urls.Absolute(path)))
                : Cache.Markdown(markdown, path, () => MarkdownRenderer.Render(markdown, new Uri(Urls.Absolute(path))));
        }
        catch (UnrenderableMarkdownException e)
        {
            throw new BuildException([ContentErrors.UnrenderableMarkdown(source, e.Message)]);
        }
    }

    /// <summary>Renders a plan's body for its page (reused by a serve session while the plan's file is unchanged).</summary>
    public RenderedBody RenderPlanBody(Plan plan)
    {
        var path = Urls.Plan(plan);
        var source = plan.Source with { Line = plan.BodyLine, Column = 0 };
        return Cache is null
            ? RenderMarkdown(plan.Body, path, source)
            : Cache.PlanBody(plan, path, () => RenderMarkdown(plan.Body, path, source));
    }

    /// <summary>What feeds keep of a plan's body.</summary>
    public FeedText FeedTextOf(Plan plan, RenderedBody body) =>
        Cache is null
            ? new FeedText(body.AbsoluteHtml, body.Excerpt)
            : Cache.FeedText(plan, Urls.Plan(plan), () => new FeedText(body.AbsoluteHtml, body.Excerpt));

    /// <summary>
    /// Writes a feed of <paramref name="plans"/> and changes to <paramref name="ceremonies"/>, made by
    /// <paramref name="make"/> unless a serve session kept it.
    /// </summary>
    public void WriteFeed(string path, IEnumerable<Plan> plans, IEnumerable<Ceremony> ceremonies, Func<string> make)
    {
        if (Cache is null)
        {
            Sink.Write(path, make());
        }
        else
        {
            Sink.Write(path, Cache.Feed(path, plans, ceremonies, make));
        }
    }
}
