using System.Collections.Concurrent;
using RaQuan.Building;
using RaQuan.Loading;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Caching;
using RaQuan.Rendering.Pages;
using RaQuan.Search;
using RaQuan.Sitemaps;

namespace RaQuan.Rendering;

/// <summary>What every section of the site needs while rendering, and the shared results sections hand on.</summary>
internal sealed class RenderContext
{
    // Feed bodies kept uncompressed up to this many bytes (FeedTextOf), counted in _feedBytes. Compressing them
    // cost a thirtieth of a 10,000-plan build.
    private const long FeedBytesKept = 96L << 20;

    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];
    private long _feedBytes;

    public RenderContext(Site site, ITheme theme, OutputSink sink, ContentPaths paths, RenderCache? cache = null)
    {
        (Site, Theme, Sink, Paths, Cache) = (site, theme, sink, paths, cache);
        Urls = new SiteUrls(site.Config);
        Pages = new PageFactory(site, Urls);
        SearchStream = cache is null
            ? new SearchIndexStream(SearchSources.All.SelectMany(s => s.Documents(site, Urls)), site.AllUnits.ToList())
            : null;
    }

    public Site Site { get; }
    public ITheme Theme { get; }
    public OutputSink Sink { get; }
    public ContentPaths Paths { get; }
    public SiteUrls Urls { get; }
    public PageFactory Pages { get; }

    /// <summary>What a serve session kept from earlier builds; null in a plain build.</summary>
    public RenderCache? Cache { get; }

    /// <summary>
    /// What feeds need of the plans that appear in one, filled by the plan section for the feed section. Only
    /// this is kept, not the pages' HTML, so memory stays bounded by the feeds' size rather than the site's.
    /// </summary>
    public ConcurrentDictionary<Plan, FeedText> FeedBodies { get; } = new();

    /// <summary>Each news post's HTML, filled by the news section for the feeds.</summary>
    public ConcurrentDictionary<NewsPost, News.NewsBodies> NewsBodies { get; } = new();

    /// <summary>
    /// Files of files/ that this build's plan and page bodies show as images, for the files section to publish. A
    /// plan body a serve session reuses brings the files it showed when it was rendered (<see cref="RenderCache.PlanBody"/>).
    /// </summary>
    public ConcurrentDictionary<string, byte> BodyFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Each plan's fallback summary (its first paragraph), filled by the plan section for the API.</summary>
    public ConcurrentDictionary<Plan, string> Excerpts { get; } = new();

    /// <summary>
    /// The search index of a full build, which the plan section fills as it renders (null in a serve session, which
    /// patches its own index from <see cref="SearchTexts"/>).
    /// </summary>
    public SearchIndexStream? SearchStream { get; }

    /// <summary>
    /// In a serve session, each rendered plan's text for the search index by the plan's path, so the search step
    /// neither reads nor parses the plan again.
    /// </summary>
    public ConcurrentDictionary<string, string> SearchTexts { get; } = new(StringComparer.Ordinal);

    /// <summary>Every indexable page written so far, in no particular order.</summary>
    public IEnumerable<SitemapEntry> SitemapEntries => _sitemap;

    /// <summary>
    /// Renders every themed output of the page's kind (<see cref="OutputTable"/>) and writes them; the HTML page is
    /// recorded for the sitemap, the other outputs are alternates of it and are not.
    /// </summary>
    public async Task WritePageAsync(PageModel page, DateOnly? lastModified = null)
    {
        if (Cache is null)
        {
            await WriteRenderedAsync(page, lastModified);
        }
        else
        {
            Write(await RenderPageAsync(page, lastModified, Cache));
        }
    }

    /// <summary>
    /// Writes a plan's page and its other outputs. A serve session reuses them without building the page model while
    /// the plan's file, its ceremonies and its result tables are unchanged: with a thousand plans, building the models
    /// and their keys cost more than the rest of a rebuild.
    /// </summary>
    public async Task WritePlanPageAsync(Plan plan, RenderedBody body)
    {
        if (Cache is null)
        {
            await WriteRenderedAsync(Pages.Plan(plan, body), plan.Date ?? plan.PublishDate);
            return;
        }

        var path = Urls.Plan(plan);
        var inputs = Cache.PlanInputs(plan, Pages.CeremoniesOf(plan), Pages.ResultsOf(plan));
        if (inputs is not null && Cache.KeptPage(path, inputs) is { } kept)
        {
            Write(kept);
            return;
        }

        var rendered = await RenderPageAsync(Pages.Plan(plan, body), plan.Date ?? plan.PublishDate, Cache);
        Cache.KeepPage(path, inputs, rendered);
        Write(rendered);
    }

    /// <summary>
    /// Writes an output other than a themed page (a feed, a calendar, open data), made by <paramref name="make"/>
    /// unless a serve session kept it and what it <paramref name="shows"/> is unchanged.
    /// </summary>
    public void WriteOutput(string path, OutputInputs shows, Func<byte[]> make) =>
        Sink.Write(path, Cache is null ? make() : Cache.Output(path, shows, make));

    /// <summary>
    /// An output written as <paramref name="write"/> makes it: straight into its file in a build, so that open data
    /// listing every plan (65 MB at 50,000 plans) is never held whole in memory, nor copied while it grows.
    /// </summary>
    public void WriteOutput(string path, OutputInputs shows, Action<Stream> write)
    {
        if (Cache is null)
        {
            Sink.Write(path, write);
        }
        else
        {
            WriteOutput(path, shows, () => OutputSink.Bytes(write));
        }
    }

    /// <inheritdoc cref="WriteOutput(string, OutputInputs, Func{byte[]})"/>
    public void WriteOutput(string path, OutputInputs shows, Func<string> make) =>
        WriteOutput(path, shows, () => OutputSink.Encode(make()));

    /// <summary>Renders a Markdown body, starting at <paramref name="source"/>, for the page at <paramref name="path"/>.</summary>
    /// <exception cref="BuildException">The renderer refused the text.</exception>
    // The lambdas for a serve session's cache are made in methods of their own: C# makes a method's closure when
    // the method starts, so a build, which has no cache, paid for one per plan in each of these.
    public RenderedBody RenderMarkdown(string markdown, string path, SourceLocation source) =>
        RenderMarkdown(markdown, path, source, file => BodyFiles.TryAdd(file, 0));

    private RenderedBody RenderMarkdown(string markdown, string path, SourceLocation source, Action<string> publish)
    {
        var imageErrors = new List<BuildError>();
        markdown = Images.BodyImages.Resolve(markdown, source, Paths, Urls, publish, imageErrors);
        if (imageErrors.Count > 0)
        {
            throw new BuildException(imageErrors);
        }

        try
        {
            return Cache is null ? MarkdownRenderer.Render(markdown, Urls.Absolute(path)) : CachedMarkdown(Cache, markdown, path);
        }
        catch (UnrenderableMarkdownException e)
        {
            throw new BuildException([e.Shape is { } shape
                ? ContentErrors.SlowShape(source with { Line = source.Line + shape.Line - 1 }, shape)
                : ContentErrors.UnrenderableMarkdown(source, e.Message)]);
        }
    }

    private RenderedBody CachedMarkdown(RenderCache cache, string markdown, string path) =>
        cache.Markdown(markdown, path, () => MarkdownRenderer.Render(markdown, Urls.Absolute(path)));

    /// <summary>Renders a plan's body for its page (reused by a serve session while the plan's file is unchanged).</summary>
    public RenderedBody RenderPlanBody(Plan plan)
    {
        var path = Urls.Plan(plan);
        var source = plan.Source with { Line = plan.BodyLine, Column = 0 };
        return Cache is null ? RenderMarkdown(plan.Body, path, source) : CachedPlanBody(Cache, plan, path, source);
    }

    private RenderedBody CachedPlanBody(RenderCache cache, Plan plan, string path, SourceLocation source)
    {
        var (body, files) = cache.PlanBody(plan, path, () =>
        {
            var shown = new List<string>();
            return (RenderMarkdown(plan.Body, path, source, shown.Add), shown);
        });
        foreach (var file in files)
        {
            BodyFiles.TryAdd(file, 0);
        }

        return body;
    }

    /// <summary>
    /// What feeds keep of a plan's body. Feeds hold a few plans per unit (50 by default): 4,394 bodies, under 50 MB, on
    /// the benchmark's province site of 97 units, and no more at 50,000 plans than at 10,000; they are kept as they
    /// are. A national site's thousands of units could hold every plan, so bodies past <see cref="FeedBytesKept"/> are
    /// kept compressed, about a sixth of their size. A serve session, which keeps them from one build to the next,
    /// compresses them all.
    /// </summary>
    public FeedText FeedTextOf(Plan plan, RenderedBody body) =>
        Cache is null
            ? new FeedText(body, compress: Interlocked.Add(ref _feedBytes, body.Utf8(BodyVariant.Absolute).Length) > FeedBytesKept)
            : CachedFeedText(Cache, plan, body);

    private FeedText CachedFeedText(RenderCache cache, Plan plan, RenderedBody body) =>
        cache.FeedText(plan, Urls.Plan(plan), () => new FeedText(body, compress: true));

    // A serve session keeps what it renders.
    private async Task<RenderedPage> RenderPageAsync(PageModel page, DateOnly? lastModified, RenderCache cache)
    {
        var files = new List<(string File, byte[] Bytes)>();
        foreach (var (output, file) in Outputs(page))
        {
            files.Add((file, await cache.PageAsync(output, file, () => Theme.RenderAsync(output))));
        }

        return new RenderedPage(files, SitemapEntryOf(page, lastModified));
    }

    // A build writes each output as the theme makes it, from the theme's own buffer.
    private async Task WriteRenderedAsync(PageModel page, DateOnly? lastModified)
    {
        foreach (var (output, file) in Outputs(page))
        {
            await Theme.RenderAsync(output, bytes => Sink.Write(file, bytes));
        }

        if (SitemapEntryOf(page, lastModified) is { } entry)
        {
            _sitemap.Add(entry);
        }
    }

    /// <summary>The page as each themed output of its kind, with the file it is written to.</summary>
    private static IEnumerable<(PageModel Output, string File)> Outputs(PageModel page)
    {
        foreach (var format in OutputTable.For(page.Kind).Where(f => f.IsThemed))
        {
            var path = SiteUrls.Output(page.Path, format);
            yield return (page with { Output = format }, page.Kind == PageKind.NotFound ? path : SiteUrls.FileFor(path));
        }
    }

    private SitemapEntry? SitemapEntryOf(PageModel page, DateOnly? lastModified) =>
        page.Indexable ? new SitemapEntry(Urls.Absolute(page.Path), lastModified, page.Images.Count > 0 ? page.Images : null) : null;

    private void Write(RenderedPage page)
    {
        foreach (var (file, bytes) in page.Files)
        {
            Sink.Write(file, bytes);
        }

        if (page.Sitemap is { } entry)
        {
            _sitemap.Add(entry);
        }
    }
}
