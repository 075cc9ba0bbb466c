using RaQuan.Feeds;
using RaQuan.Pipeline;
using RaQuan.Rendering.Bodies;
using RaQuan.Rendering.Pages;
using RaQuan.Search;

namespace RaQuan.Rendering.Caching;

/// <summary>
/// The render cache of an incremental <c>raquan build</c> (<see cref="DiskBuildCache"/>): a page or output whose
/// <see cref="RenderKeys">render key</see> is the one the last build recorded for its file, and whose published file
/// still has the size and modification time recorded, is not rendered but taken from the published site (a hard link
/// into the staging folder, a copy where links fail), which keeps its bytes and its time. Everything else is rendered
/// and streamed as in a plain build (<see cref="NoRenderCache"/>), and its key recorded for the next build. A plan
/// whose file has the stamp the last build recorded for its page (<see cref="PlanDigest"/>) gives its excerpt as
/// recorded, and its body is rendered only for an output made again that shows it. A plan's page made from what the
/// last build recorded it was made from (<see cref="PlanDigest.Page"/>) is taken from the published site without its
/// model or its keys being made.
/// </summary>
internal sealed class PublishedRenderCache(
    IReadOnlyDictionary<string, OutputRecord>? previous, IReadOnlyDictionary<string, PlanDigest>? digests, SearchRecord? search,
    string published, Func<string, string?> stampOf, string summary) : IRenderCache
{
    private readonly NoRenderCache _plain = new();
    private readonly ConcurrentDictionary<string, byte[]> _made = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutputRecord> _reused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PlanDigest> _digests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _pageInputs = new(StringComparer.Ordinal);
    private int _rendered;
    private int _pagesByInputs;
    private int _bodies;
    private RecordedSearchIndex? _search;
    private string _searchFolder = "";

    /// <summary>Pages and outputs rendered (not taken from the published site).</summary>
    public int Rendered => _rendered;

    /// <summary>Files taken from the published site, with what the last build recorded of them.</summary>
    public IReadOnlyDictionary<string, OutputRecord> Reused => _reused;

    /// <summary>The key hashes of the files this build rendered; files of no key (not cacheable) are not listed.</summary>
    public IReadOnlyDictionary<string, byte[]> RenderedKeys => _made;

    /// <summary>Plan bodies rendered (not known from the last build's digest, or asked for by an output made again).</summary>
    public int BodiesRendered => _bodies;

    /// <summary>
    /// The digest of every plan body of this build that has a stamp, by the address of its page, with what its page
    /// was made from when that could be told.
    /// </summary>
    public IReadOnlyDictionary<string, PlanDigest> Digests =>
        _digests.ToDictionary(d => d.Key, d => d.Value with { Page = _pageInputs.GetValueOrDefault(d.Key) }, StringComparer.Ordinal);

    /// <summary>Plan pages taken from the published site by what they are made from, without their models being made.</summary>
    public int PlanPagesByInputs => _pagesByInputs;

    /// <summary>The search index, patched from the published one when the last build recorded it (<see cref="RecordedSearchIndex"/>).</summary>
    public ISearchIndexBuilder Search(Func<IEnumerable<SearchDocument>> documents, IReadOnlyList<Unit> units, string folder)
    {
        _searchFolder = folder;
        return _search = new RecordedSearchIndex(documents(), units, search, Path.Combine(published, folder), stampOf);
    }

    /// <summary>Whether <paramref name="file"/> (a path in the site) is a search index file kept as published.</summary>
    public bool IsKeptSearchFile(string file) => _search?.Kept(file) == true;

    /// <summary>Search index files kept as published.</summary>
    public int SearchFilesKept => _search?.KeptCount ?? 0;

    /// <summary>Documents whose words this build read for the search index.</summary>
    public int SearchDocumentsRead => _search?.DocumentsRead ?? 0;

    /// <summary>Shards of the published search index read back.</summary>
    public int SearchShardsRead => _search?.ShardsRead ?? 0;

    /// <summary>What to record of the search index this build wrote, once published in <paramref name="output"/>.</summary>
    public SearchRecord? SearchRecord(string output) => _search?.Record(Path.Combine(output, _searchFolder));

    public RenderedBody Markdown(string markdown, string path, Func<RenderedBody> render) => render();

    public PlanBody PlanBody(Plan plan, string path, Func<Action<string>, RenderedBody> render, Action<string> publish)
    {
        var stamp = stampOf(plan.Source.File);
        if (stamp is not null && digests is not null && digests.TryGetValue(path, out var digest) && digest.Stamp == stamp)
        {
            foreach (var file in digest.Files)
            {
                publish(file);
            }

            _digests[path] = digest;
            return new PlanBody(digest.Excerpt, () =>
            {
                Interlocked.Increment(ref _bodies);
                return render(_ => { });
            });
        }

        var shown = new List<string>();
        Interlocked.Increment(ref _bodies);
        var body = render(file =>
        {
            shown.Add(file);
            publish(file);
        });
        if (stamp is not null)
        {
            _digests[path] = new PlanDigest(stamp, body.Excerpt, shown);
        }

        return new PlanBody(body);
    }

    public FeedText FeedText(Plan plan, string path, PlanBody body) => body.IsRendered ? _plain.FeedText(plan, path, body) : new FeedText(body);

    public void WritePlanData(Utf8JsonWriter w, string output, Plan plan, Action<Utf8JsonWriter> write) => write(w);

    /// <summary>
    /// A plan's page: taken from the published site as it is when it is made from what the last build recorded
    /// (<see cref="RenderKeys.PlanInputsHash"/>: the plan's stamp, its ceremonies and result tables, in one site stamp)
    /// and its files are as published; else known by its keys, which are those of the page with any body: a plan
    /// page's key holds the plan's stamp, not its body (<see cref="RenderKeys.Of"/>), so a body not rendered is
    /// rendered only if the page is.
    /// </summary>
    public async Task WritePlanPageAsync(RenderContext context, Plan plan, PlanBody body)
    {
        var path = context.Urls.Plan(plan);
        var inputs = RenderKeys.SiteIsKnown && PlanPageIsPlain
            ? RenderKeys.PlanInputsHash(plan, context.Pages.CeremoniesOf(plan), context.Pages.ResultsOf(plan), stampOf)
            : null;
        if (inputs is not null && digests?.GetValueOrDefault(path)?.Page is { } recorded && recorded.AsSpan().SequenceEqual(inputs)
            && RenderContext.FilesOf(PageKind.Plan, path).ToList() is var files && files.All(file => AsRecorded(file) is not null))
        {
            foreach (var file in files)
            {
                Reuse(context, file);
            }

            context.AddToSitemap(context.PlanSitemapEntry(plan));
            _pageInputs[path] = inputs;
            Interlocked.Increment(ref _pagesByInputs);
            return;
        }

        await (body.IsRendered
            ? WritePageAsync(context, context.Pages.Plan(plan, body.Rendered), plan.ListingDate)
            : WritePageAsync(context, context.Pages.Plan(plan, new RenderedBody("", "", "", [], body.Excerpt)), () => context.Pages.Plan(plan, body.Rendered), plan.ListingDate));
        if (inputs is not null)
        {
            _pageInputs[path] = inputs;
        }
    }

    /// <summary>
    /// Whether a plan's page holds nothing the sitemap entry made without its model misses (<see cref="RenderContext.PlanSitemapEntry"/>):
    /// no images of its own. A page kind that gains them is made every time until the entry carries them.
    /// </summary>
    internal static bool PlanPageIsPlain { get; } =
        typeof(PlanPageModel).GetProperty(nameof(PageModel.Images))?.DeclaringType == typeof(PageModel);

    public Task WritePageAsync(RenderContext context, PageModel page, DateOnly? lastModified) => WritePageAsync(context, page, () => page, lastModified);

    /// <param name="keyed">The page as its keys and its sitemap entry are made from.</param>
    /// <param name="page">The page to render, equal to <paramref name="keyed"/> in all its keys hold.</param>
    private async Task WritePageAsync(RenderContext context, PageModel keyed, Func<PageModel> page, DateOnly? lastModified)
    {
        var outputs = RenderContext.Outputs(keyed).Select(o => (o.File, Key: RenderKeys.SiteIsKnown ? RenderKeys.HashOf(o.Output, stampOf, summary) : null)).ToList();
        if (outputs.All(o => Kept(o.File, o.Key) is not null))
        {
            foreach (var (file, _) in outputs)
            {
                Reuse(context, file);
            }

            context.AddToSitemap(context.SitemapEntryOf(keyed, lastModified));
            return;
        }

        Interlocked.Increment(ref _rendered);
        await context.StreamPageAsync(page(), lastModified);
        foreach (var (file, key) in outputs)
        {
            Record(file, key);
        }
    }

    public void WriteOutput(RenderContext context, string path, OutputInputs shows, Func<byte[]> make) =>
        WriteOutput(context, path, shows, () => context.Sink.Write(path, make()));

    public void WriteOutput(RenderContext context, string path, OutputInputs shows, Action<Stream> write) =>
        WriteOutput(context, path, shows, () => context.Sink.Write(path, write));

    private void WriteOutput(RenderContext context, string path, OutputInputs shows, Action render)
    {
        var key = RenderKeys.SiteIsKnown ? RenderKeys.OutputHash(path, shows, stampOf, summary) : null;
        if (Kept(path, key) is not null)
        {
            Reuse(context, path);
            return;
        }

        Interlocked.Increment(ref _rendered);
        render();
        Record(path, key);
    }

    private void Reuse(RenderContext context, string file)
    {
        var record = previous![file];
        if (context.Sink.KeepPublished(Path.Combine(published, file), file) is { } copy)
        {
            // A copy (no hard links on this file system) takes the time of the file it copies, as a link has it.
            File.SetLastWriteTimeUtc(copy, new DateTime(record.Written, DateTimeKind.Utc));
        }

        _reused[file] = record;
    }

    private void Record(string file, byte[]? key)
    {
        if (key is not null)
        {
            _made[file] = key;
        }
    }

    /// <summary>
    /// What the last build recorded of <paramref name="file"/> when it had the key <paramref name="key"/> and the
    /// published file is still as it left it (size and time); null when the file must be rendered.
    /// </summary>
    private OutputRecord? Kept(string file, byte[]? key) =>
        key is not null && previous is not null && previous.TryGetValue(file, out var record) && record.Key.AsSpan().SequenceEqual(key)
            ? AsRecorded(file)
            : null;

    // What the last build recorded of file, when the published file is still as it left it (size and time).
    private OutputRecord? AsRecorded(string file) =>
        previous is not null && previous.TryGetValue(file, out var record)
        && FileStamp.Of(Path.Combine(published, file)) == new FileStamp(record.Length, record.Written)
            ? record
            : null;
}
