using RaQuan.Output;
using RaQuan.Rendering.Pages;
using RaQuan.Search;
using RaQuan.Feeds;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Caching;

/// <summary>
/// What a <c>raquan serve</c> session keeps between builds: Markdown bodies by their text and address, and pages
/// and feeds by their <see cref="RenderKeys">render key</see>. A build that uses it writes the same bytes as one
/// that does not; it only skips the work whose inputs did not change.
/// </summary>
internal sealed class RenderCache : IRenderCache
{
    private readonly SweptCache<string, (string Markdown, RenderedBody Body)> _bodies = new(StringComparer.Ordinal);

    // Each plan's body with the files of files/ it shows as images: a reused body does not read its images again, so
    // it hands them on from here, and they go when the plan does.
    private readonly SweptCache<string, (string Stamp, RenderedBody Body, IReadOnlyList<string> Files, FeedText? Feed)> _plans = new(StringComparer.Ordinal);
    private readonly SweptCache<string, (string Key, DocumentWords Words)> _searchWords = new(StringComparer.Ordinal);
    private readonly SweptCache<string, (string Key, byte[] Bytes)> _outputs = new(StringComparer.Ordinal);
    private readonly SweptCache<string, (string Inputs, RenderedPage Page)> _pages = new(StringComparer.Ordinal);
    private readonly SweptCache<(string Output, string File), (string Stamp, byte[] Bytes)> _planData = new();
    private string _siteStamp = "";
    private string _summary = "";
    private Func<string, string?> _stampOf = _ => null;
    private int _rendered;

    // The search index of the last build, patched by the next.
    private readonly SearchIndexCache _search = new();

    /// <summary>Pages and feeds rendered (not reused) by the last build.</summary>
    public int Rendered => _rendered;

    /// <summary>
    /// Starts a build. <paramref name="siteStamp"/> stands for every input outside the plan files; when it
    /// changes, nothing rendered before is reused. <paramref name="stampOf"/> gives the stamp of a plan file.
    /// </summary>
    public void Begin(string siteStamp, Site site, Func<string, string?> stampOf)
    {
        if (siteStamp != _siteStamp || !RenderKeys.SiteIsKnown)
        {
            _outputs.Clear();
            _pages.Clear();
            _planData.Clear();
            _siteStamp = siteStamp;
        }

        _summary = RenderKeys.Summary(site);
        _stampOf = stampOf;
        _rendered = 0;
    }

    /// <summary>Entries kept, for the tests that check a session does not grow with its edits.</summary>
    public int Count => _bodies.Count + _plans.Count + _searchWords.Count + _outputs.Count + _pages.Count + _planData.Count;

    /// <summary>Ends a build that succeeded: drops what it did not ask for (pages, plans and files that are gone).</summary>
    public void End()
    {
        _bodies.Sweep();
        _plans.Sweep();
        _searchWords.Sweep();
        _outputs.Sweep();
        _pages.Sweep();
        _planData.Sweep();
    }

    public ISearchIndexBuilder Search(Func<IEnumerable<SearchDocument>> documents, IReadOnlyList<Unit> units, string folder) =>
        new PatchedSearchIndex(_search, documents, units, SearchWords);

    // Markdown rendering is a pure function of the text and the page's address, whatever else changed.
    public RenderedBody Markdown(string markdown, string path, Func<RenderedBody> render)
    {
        if (_bodies.TryGetValue(path, out var kept) && kept.Markdown == markdown)
        {
            return kept.Body;
        }

        var body = render();
        _bodies[path] = (markdown, body);
        return body;
    }

    // Kept as bytes: encoding a thousand pages and feeds again on every build would cost more than rendering one.
    /// <summary>
    /// A plan's rendered body and the files of files/ it shows, reused while the plan's file is unchanged: the body is
    /// a function of the file and the page's address, and reusing it spares reading the text again (plans keep their
    /// text on disk, not in memory).
    /// </summary>
    public PlanBody PlanBody(Plan plan, string path, Func<Action<string>, RenderedBody> render, Action<string> publish)
    {
        var stamp = _stampOf(plan.Source.File);
        if (stamp is not null && _plans.TryGetValue(path, out var kept) && kept.Stamp == stamp)
        {
            foreach (var file in kept.Files)
            {
                publish(file);
            }

            return new PlanBody(kept.Body);
        }

        var shown = new List<string>();
        var body = render(file =>
        {
            shown.Add(file);
            publish(file);
        });
        if (stamp is not null)
        {
            _plans[path] = (stamp, body, shown, null);
        }

        return new PlanBody(body);
    }

    /// <summary>The feed text of a plan whose body <see cref="PlanBody"/> gave, kept alongside it and so always compressed.</summary>
    public FeedText FeedText(Plan plan, string path, PlanBody body) => FeedText(plan, path, () => new FeedText(body.Rendered, compress: true));

    private FeedText FeedText(Plan plan, string path, Func<FeedText> make)
    {
        var stamp = _stampOf(plan.Source.File);
        if (stamp is not null && _plans.TryGetValue(path, out var kept) && kept.Stamp == stamp)
        {
            if (kept.Feed is null)
            {
                kept.Feed = make();
                _plans[path] = kept;
            }

            return kept.Feed;
        }

        return make();
    }

    /// <summary>
    /// Writes a plan's entry of an API file, kept while the plan's file is: a rebuild after an edit writes one entry,
    /// not a thousand.
    /// </summary>
    public void WritePlanData(Utf8JsonWriter w, string output, Plan plan, Action<Utf8JsonWriter> write) =>
        w.WriteRawValue(PlanData(output, plan, () => Rendering.Api.ApiJson.Element(write, depth: 2)), skipInputValidation: true);

    private byte[] PlanData(string output, Plan plan, Func<byte[]> make)
    {
        var stamp = _stampOf(plan.Source.File);
        if (stamp is not null && _planData.TryGetValue((output, plan.Source.File), out var kept) && kept.Stamp == stamp)
        {
            return kept.Bytes;
        }

        var bytes = make();
        if (stamp is not null)
        {
            _planData[(output, plan.Source.File)] = (stamp, bytes);
        }

        return bytes;
    }

    // A search document's analysis, reused while its fields and the plan file its body comes from are unchanged.
    private DocumentWords SearchWords(SearchDocument document, Func<DocumentWords> analyse)
    {
        if (document.BodyFile is null || _stampOf(document.BodyFile) is not { } stamp)
        {
            return analyse();
        }

        var key = document.WordsKey(stamp);
        if (_searchWords.TryGetValue(document.Path, out var kept) && kept.Key == key)
        {
            return kept.Words;
        }

        var words = analyse();
        _searchWords[document.Path] = (key, words);
        return words;
    }

    public async Task WritePageAsync(RenderContext context, PageModel page, DateOnly? lastModified) =>
        context.Write(await RenderPageAsync(context, page, lastModified));

    /// <summary>
    /// A plan's page and its other outputs are reused without building the page model while the plan's file, its
    /// ceremonies and its result tables are unchanged: with a thousand plans, building the models and their keys cost
    /// more than the rest of a rebuild.
    /// </summary>
    public async Task WritePlanPageAsync(RenderContext context, Plan plan, PlanBody body)
    {
        var path = context.Urls.Plan(plan);
        var inputs = PlanInputs(plan, context.Pages.CeremoniesOf(plan), context.Pages.ResultsOf(plan));
        if (inputs is not null && KeptPage(path, inputs) is { } kept)
        {
            context.Write(kept);
            return;
        }

        var rendered = await RenderPageAsync(context, context.Pages.Plan(plan, body.Rendered), plan.ListingDate);
        KeepPage(path, inputs, rendered);
        context.Write(rendered);
    }

    public void WriteOutput(RenderContext context, string path, OutputInputs shows, Func<byte[]> make) =>
        context.Sink.Write(path, Output(path, shows, make));

    public void WriteOutput(RenderContext context, string path, OutputInputs shows, Action<Stream> write) =>
        WriteOutput(context, path, shows, () => OutputSink.Bytes(write));

    private async Task<RenderedPage> RenderPageAsync(RenderContext context, PageModel page, DateOnly? lastModified)
    {
        var files = new List<(string File, byte[] Bytes)>();
        foreach (var (output, file) in RenderContext.Outputs(page))
        {
            files.Add((file, await PageAsync(output, file, () => context.Theme.RenderAsync(output))));
        }

        return new RenderedPage(files, context.SitemapEntryOf(page, lastModified));
    }

    private async Task<byte[]> PageAsync(PageModel page, string file, Func<Task<byte[]>> render)
    {
        var key = RenderKeys.SiteIsKnown ? RenderKeys.Of(page, _stampOf, _summary) : null;
        if (key is not null && _outputs.TryGetValue(file, out var kept) && kept.Key == key)
        {
            return kept.Bytes;
        }

        Interlocked.Increment(ref _rendered);
        var bytes = await render();
        Keep(file, key, bytes);
        return bytes;
    }

    // The inputs of a plan's page, for KeptPage; null when they cannot be told.
    private string? PlanInputs(Plan plan, IEnumerable<Ceremony> ceremonies, IEnumerable<ResultTable> results) =>
        RenderKeys.SiteIsKnown ? RenderKeys.PlanInputs(plan, ceremonies, results, _stampOf) : null;

    // The outputs of the page at path kept by KeepPage with the same inputs.
    private RenderedPage? KeptPage(string path, string inputs) =>
        _pages.TryGetValue(path, out var kept) && kept.Inputs == inputs ? kept.Page : null;

    private void KeepPage(string path, string? inputs, RenderedPage page)
    {
        if (inputs is null)
        {
            _pages.Remove(path);
        }
        else
        {
            _pages[path] = (inputs, page);
        }
    }

    private byte[] Output(string path, OutputInputs shows, Func<byte[]> make)
    {
        var key = RenderKeys.SiteIsKnown ? RenderKeys.Output(path, shows, _stampOf, _summary) : null;
        if (key is not null && _outputs.TryGetValue(path, out var kept) && kept.Key == key)
        {
            return kept.Bytes;
        }

        Interlocked.Increment(ref _rendered);
        var bytes = make();
        Keep(path, key, bytes);
        return bytes;
    }

    private void Keep(string path, string? key, byte[] bytes)
    {
        if (key is null)
        {
            _outputs.Remove(path);
        }
        else
        {
            _outputs[path] = (key, bytes);
        }
    }
}
