using System.Collections.Concurrent;
using RaQuan.Loading;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Pages;
using RaQuan.Sitemaps;

namespace RaQuan.Rendering;

/// <summary>The render and write stages: every page, feed and sitemap of the site, written to the sink as it is made.</summary>
internal sealed class SiteRenderer(Site site, ITheme theme, OutputSink sink, ContentPaths paths)
{
    private readonly SiteUrls _urls = new(site.Config);
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];

    public async Task RenderAsync(CancellationToken cancellation = default)
    {
        var pages = new PageFactory(site, _urls);
        var bodies = await RenderPlansAsync(pages, cancellation);

        await WriteAsync(pages.Home());
        foreach (var list in pages.PlanList())
        {
            await WriteAsync(list);
        }

        await WriteAsync(pages.UnitList());
        await Parallel.ForEachAsync(site.AllUnits.SelectMany(pages.Unit), cancellation, async (page, _) => await WriteAsync(page));
        foreach (var page in site.Pages)
        {
            var body = MarkdownRenderer.Render(page.Body, new Uri(_urls.Absolute(_urls.Page(page))));
            await WriteAsync(pages.Page(page, body));
        }

        await WriteAsync(pages.NotFound());
        WriteFeeds(new FeedBuilder(site, _urls, bodies));
        WriteSitemap();
        CopyFiles();
    }

    private async Task<ConcurrentDictionary<Plan, RenderedBody>> RenderPlansAsync(PageFactory pages, CancellationToken cancellation)
    {
        var inFeeds = FeedBuilder.PlansInFeeds(site);
        var bodies = new ConcurrentDictionary<Plan, RenderedBody>();
        await Parallel.ForEachAsync(site.Plans, cancellation, async (plan, _) =>
        {
            var body = MarkdownRenderer.Render(plan.Body, new Uri(_urls.Absolute(_urls.Plan(plan))));
            if (inFeeds.Contains(plan))
            {
                bodies[plan] = body;
            }

            await WriteAsync(pages.Plan(plan, body), plan.Date ?? plan.PublishDate);
        });
        return bodies;
    }

    private async Task WriteAsync(PageModel page, DateOnly? lastModified = null)
    {
        var html = await theme.RenderAsync(page);
        sink.Write(page.Kind == PageKind.NotFound ? page.Path : SiteUrls.FileFor(page.Path), html);
        if (page.Indexable)
        {
            _sitemap.Add(new SitemapEntry(_urls.Absolute(page.Path), lastModified));
        }
    }

    private void WriteFeeds(FeedBuilder feeds)
    {
        if (OutputTable.Has(PageKind.Home, OutputFormat.Rss))
        {
            sink.Write(_urls.SiteFeed, feeds.ForSite().ToXml());
        }

        if (OutputTable.Has(PageKind.Unit, OutputFormat.Rss))
        {
            Parallel.ForEach(site.AllUnits, unit => sink.Write(_urls.UnitFeed(unit), feeds.ForUnit(unit).ToXml()));
        }
    }

    private void WriteSitemap()
    {
        var entries = _sitemap.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        foreach (var (file, xml) in SitemapWriter.Write(entries, _urls.Absolute))
        {
            sink.Write(file, xml);
        }

        sink.Write("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {_urls.Absolute(_urls.Sitemap)}\n");
    }

    private void CopyFiles()
    {
        foreach (var asset in theme.Assets)
        {
            sink.Write(asset.Path, asset.Content);
        }

        foreach (var path in site.Plans.SelectMany(p => p.Attachments).Select(a => a.Path).Distinct(StringComparer.Ordinal))
        {
            sink.Copy(paths.ResolveInside(path)!, path);
        }

        if (Directory.Exists(paths.StaticDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(paths.StaticDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sink.Copy(file, Path.GetRelativePath(paths.StaticDirectory, file).Replace('\\', '/'));
            }
        }
    }
}
