using RaQuan.Loading;
using RaQuan.Output;
using RaQuan.Rendering.Caching;
using RaQuan.Rendering.Pages;
using RaQuan.Sitemaps;
using RaQuan.Feeds;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering;

/// <summary>
/// What every section of the site renders with: the site, the theme, the output, addresses and page models, and the
/// cache. Sections hand their results to the ones after them as return values (<see cref="SiteSections"/>), not
/// through here; the only thing it gathers is what the writes record for the sitemap.
/// </summary>
internal sealed class RenderContext
{
    private readonly ConcurrentBag<SitemapEntry> _sitemap = [];

    /// <param name="cache">What earlier builds left to reuse (a serve session's); null renders everything.</param>
    public RenderContext(Site site, ITheme theme, OutputSink sink, ContentPaths paths, IRenderCache? cache = null)
    {
        (Site, Theme, Sink, Paths, Cache) = (site, theme, sink, paths, cache ?? new NoRenderCache());
        Urls = new SiteUrls(site.Config);
        Pages = new PageFactory(site, Urls);
    }

    public Site Site { get; }
    public ITheme Theme { get; }
    public OutputSink Sink { get; }
    public ContentPaths Paths { get; }
    public SiteUrls Urls { get; }
    public PageFactory Pages { get; }

    /// <summary>What the render stage reuses and how it writes; <see cref="NoRenderCache"/> in a plain build.</summary>
    public IRenderCache Cache { get; }

    /// <summary>Every indexable page written so far, in no particular order: the sitemap's entries once every page is written.</summary>
    public IEnumerable<SitemapEntry> SitemapEntries => _sitemap;

    /// <summary>
    /// Renders every themed output of the page's kind (<see cref="OutputTable"/>) and writes them; the HTML page is
    /// recorded for the sitemap, the other outputs are alternates of it and are not.
    /// </summary>
    public Task WritePageAsync(PageModel page, DateOnly? lastModified = null) => Cache.WritePageAsync(this, page, lastModified);

    /// <summary>Writes a plan's page and its other outputs.</summary>
    public Task WritePlanPageAsync(Plan plan, PlanBody body) => Cache.WritePlanPageAsync(this, plan, body);

    /// <summary>
    /// Writes an output other than a themed page (a feed, a calendar, open data), made by <paramref name="make"/>
    /// unless the cache kept it and what it <paramref name="shows"/> is unchanged.
    /// </summary>
    public void WriteOutput(string path, OutputInputs shows, Func<byte[]> make) => Cache.WriteOutput(this, path, shows, make);

    /// <summary>
    /// An output written as <paramref name="write"/> makes it: straight into its file in a plain build, so that open
    /// data listing every plan (65 MB at 50,000 plans) is never held whole in memory, nor copied while it grows.
    /// </summary>
    public void WriteOutput(string path, OutputInputs shows, Action<Stream> write) => Cache.WriteOutput(this, path, shows, write);

    /// <inheritdoc cref="WriteOutput(string, OutputInputs, Func{byte[]})"/>
    public void WriteOutput(string path, OutputInputs shows, Func<string> make) =>
        WriteOutput(path, shows, () => OutputSink.Encode(make()));

    /// <summary>
    /// Renders a Markdown body, starting at <paramref name="source"/>, for the page at <paramref name="path"/>; the
    /// files of files/ it shows are added to <paramref name="files"/>.
    /// </summary>
    /// <exception cref="BuildException">The renderer refused the text.</exception>
    public RenderedBody RenderMarkdown(string markdown, string path, SourceLocation source, BodyFiles files) =>
        RenderMarkdown(markdown, path, source, files.Add);

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
            return Cache.Markdown(markdown, path, () => MarkdownRenderer.Render(markdown, Urls.Absolute(path)));
        }
        catch (UnrenderableMarkdownException e)
        {
            throw new BuildException([e.Shape is { } shape
                ? ContentErrors.SlowShape(source with { Line = source.Line + shape.Line - 1 }, shape)
                : ContentErrors.UnrenderableMarkdown(source, e.Message)]);
        }
    }

    /// <summary>
    /// A plan's body for its page: rendered, or reused while the plan's file is unchanged, or known by what the last
    /// build recorded and rendered when an output asks, as the cache does.
    /// </summary>
    public PlanBody RenderPlanBody(Plan plan, BodyFiles files)
    {
        var path = Urls.Plan(plan);
        var source = plan.Source with { Line = plan.BodyLine, Column = 0 };
        return Cache.PlanBody(plan, path, publish => RenderMarkdown(plan.Body, path, source, publish), files.Add);
    }

    /// <summary>What feeds keep of a plan's body.</summary>
    public FeedText FeedTextOf(Plan plan, PlanBody body) => Cache.FeedText(plan, Urls.Plan(plan), body);

    /// <summary>Writes each themed output of the page as the theme makes it, from the theme's own buffer.</summary>
    internal async Task StreamPageAsync(PageModel page, DateOnly? lastModified)
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
    internal static IEnumerable<(PageModel Output, string File)> Outputs(PageModel page) =>
        OutputTable.For(page.Kind).Where(f => f.IsThemed).Zip(FilesOf(page.Kind, page.Path), (format, file) => (page with { Output = format }, file));

    /// <summary>The files of the themed outputs of a page of <paramref name="kind"/> at <paramref name="path"/>, as <see cref="Outputs"/> gives them.</summary>
    internal static IEnumerable<string> FilesOf(PageKind kind, string path) =>
        OutputTable.For(kind).Where(f => f.IsThemed).Select(format => SiteUrls.Output(path, format)).Select(output => kind == PageKind.NotFound ? output : SiteUrls.FileFor(output));

    internal SitemapEntry? SitemapEntryOf(PageModel page, DateOnly? lastModified) =>
        page.Indexable ? new SitemapEntry(Urls.Absolute(page.Path), lastModified, page.Images.Count > 0 ? page.Images : null) : null;

    /// <summary>
    /// The sitemap entry of a plan's page as <see cref="SitemapEntryOf"/> makes it from the page's model
    /// (<see cref="PageFactory.Plan"/>): indexable, no images, listed with the plan's date.
    /// </summary>
    internal SitemapEntry PlanSitemapEntry(Plan plan) => new(Urls.Absolute(Urls.Plan(plan)), plan.ListingDate);

    /// <summary>Records a page written without <see cref="Write(RenderedPage)"/> (taken from the published site) for the sitemap.</summary>
    internal void AddToSitemap(SitemapEntry? entry)
    {
        if (entry is not null)
        {
            _sitemap.Add(entry);
        }
    }

    /// <summary>Writes a page rendered (or kept) whole.</summary>
    internal void Write(RenderedPage page)
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
