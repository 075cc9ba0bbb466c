using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Pages;
using RaQuan.Search;

namespace RaQuan.Rendering.Caching;

/// <summary>
/// What a <c>raquan serve</c> session keeps between builds: Markdown bodies by their text and address, and pages
/// and feeds by their <see cref="RenderKeys">render key</see>. A build that uses it writes the same bytes as one
/// that does not; it only skips the work whose inputs did not change.
/// </summary>
internal sealed class RenderCache
{
    private readonly SweptCache<string, (string Markdown, RenderedBody Body)> _bodies = new(StringComparer.Ordinal);

    // Each plan's body with the files of files/ it shows as images: a reused body does not read its images again, so
    // it hands them on from here, and they go when the plan does (RenderContext.BodyFiles).
    private readonly SweptCache<string, (string Stamp, RenderedBody Body, IReadOnlyList<string> Files, FeedText? Feed)> _plans = new(StringComparer.Ordinal);
    private readonly SweptCache<string, (string Key, DocumentWords Words)> _searchWords = new(StringComparer.Ordinal);
    private readonly SweptCache<string, (string Key, byte[] Bytes)> _outputs = new(StringComparer.Ordinal);
    private readonly SweptCache<string, (string Inputs, RenderedPage Page)> _pages = new(StringComparer.Ordinal);
    private readonly SweptCache<(string Output, string File), (string Stamp, byte[] Bytes)> _planData = new();
    private string _siteStamp = "";
    private string _summary = "";
    private Func<string, string?> _stampOf = _ => null;
    private int _rendered;

    /// <summary>The search index of the last build, patched by the next.</summary>
    public SearchIndexCache Search { get; } = new();

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
    public (RenderedBody Body, IReadOnlyList<string> Files) PlanBody(Plan plan, string path, Func<(RenderedBody Body, IReadOnlyList<string> Files)> render)
    {
        var stamp = _stampOf(plan.Source.File);
        if (stamp is not null && _plans.TryGetValue(path, out var kept) && kept.Stamp == stamp)
        {
            return (kept.Body, kept.Files);
        }

        var rendered = render();
        if (stamp is not null)
        {
            _plans[path] = (stamp, rendered.Body, rendered.Files, null);
        }

        return rendered;
    }

    /// <summary>The compressed feed text of a plan whose body <see cref="PlanBody"/> gave, kept alongside it.</summary>
    public FeedText FeedText(Plan plan, string path, Func<FeedText> make)
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

    /// <summary>A plan's part of the output <paramref name="output"/> (its entry in an API file), kept while the plan's file is unchanged.</summary>
    public byte[] PlanData(string output, Plan plan, Func<byte[]> make)
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

    /// <summary>A search document's analysis, reused while its fields and the plan file its body comes from are unchanged.</summary>
    public DocumentWords SearchWords(SearchDocument document, Func<DocumentWords> analyse)
    {
        if (document.BodyFile is null || _stampOf(document.BodyFile) is not { } stamp)
        {
            return analyse();
        }

        var key = string.Join('\n', document.Kind, document.Title, document.Unit.Slug, document.Date, document.Number, document.Summary,
            string.Join('\t', document.Names), stamp);
        if (_searchWords.TryGetValue(document.Path, out var kept) && kept.Key == key)
        {
            return kept.Words;
        }

        var words = analyse();
        _searchWords[document.Path] = (key, words);
        return words;
    }

    public async Task<byte[]> PageAsync(PageModel page, string file, Func<Task<byte[]>> render)
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

    /// <summary>The inputs of a plan's page, for <see cref="KeptPage"/>; null when they cannot be told.</summary>
    public string? PlanInputs(Plan plan, IEnumerable<Ceremony> ceremonies, IEnumerable<ResultTable> results) =>
        RenderKeys.SiteIsKnown ? RenderKeys.PlanInputs(plan, ceremonies, results, _stampOf) : null;

    /// <summary>The outputs of the page at <paramref name="path"/> kept by <see cref="KeepPage"/> with the same inputs.</summary>
    public RenderedPage? KeptPage(string path, string inputs) =>
        _pages.TryGetValue(path, out var kept) && kept.Inputs == inputs ? kept.Page : null;

    public void KeepPage(string path, string? inputs, RenderedPage page)
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

    public byte[] Output(string path, OutputInputs shows, Func<byte[]> make)
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
