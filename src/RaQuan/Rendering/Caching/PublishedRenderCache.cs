using System.Security.Cryptography;
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
/// and streamed as in a plain build (<see cref="NoRenderCache"/>), and its key recorded for the next build.
/// </summary>
internal sealed class PublishedRenderCache(
    IReadOnlyDictionary<string, OutputRecord>? previous, string published, Func<string, string?> stampOf, string summary) : IRenderCache
{
    private readonly NoRenderCache _plain = new();
    private readonly ConcurrentDictionary<string, byte[]> _made = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutputRecord> _reused = new(StringComparer.Ordinal);
    private int _rendered;

    /// <summary>Pages and outputs rendered (not taken from the published site).</summary>
    public int Rendered => _rendered;

    /// <summary>Files taken from the published site, with what the last build recorded of them.</summary>
    public IReadOnlyDictionary<string, OutputRecord> Reused => _reused;

    /// <summary>The key hashes of the files this build rendered; files of no key (not cacheable) are not listed.</summary>
    public IReadOnlyDictionary<string, byte[]> RenderedKeys => _made;

    public ISearchIndexBuilder Search(Func<IEnumerable<SearchDocument>> documents, IReadOnlyList<Unit> units) => _plain.Search(documents, units);

    public RenderedBody Markdown(string markdown, string path, Func<RenderedBody> render) => render();

    public RenderedBody PlanBody(Plan plan, string path, Func<Action<string>, RenderedBody> render, Action<string> publish) => render(publish);

    public FeedText FeedText(Plan plan, string path, RenderedBody body) => _plain.FeedText(plan, path, body);

    public void WritePlanData(Utf8JsonWriter w, string output, Plan plan, Action<Utf8JsonWriter> write) => write(w);

    public Task WritePlanPageAsync(RenderContext context, Plan plan, RenderedBody body) =>
        WritePageAsync(context, context.Pages.Plan(plan, body), plan.ListingDate);

    public async Task WritePageAsync(RenderContext context, PageModel page, DateOnly? lastModified)
    {
        var outputs = RenderContext.Outputs(page).Select(o => (o.File, Key: KeyOf(RenderKeys.SiteIsKnown ? RenderKeys.Of(o.Output, stampOf, summary) : null))).ToList();
        if (outputs.All(o => Kept(o.File, o.Key) is not null))
        {
            foreach (var (file, _) in outputs)
            {
                Reuse(context, file);
            }

            context.AddToSitemap(context.SitemapEntryOf(page, lastModified));
            return;
        }

        Interlocked.Increment(ref _rendered);
        await context.StreamPageAsync(page, lastModified);
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
        var key = KeyOf(RenderKeys.SiteIsKnown ? RenderKeys.Output(path, shows, stampOf, summary) : null);
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
    private OutputRecord? Kept(string file, byte[]? key)
    {
        if (key is null || previous is null || !previous.TryGetValue(file, out var record) || !record.Key.AsSpan().SequenceEqual(key))
        {
            return null;
        }

        var info = new FileInfo(Path.Combine(published, file));
        return info.Exists && info.LinkTarget is null && info.Length == record.Length && info.LastWriteTimeUtc.Ticks == record.Written
            ? record
            : null;
    }

    private static byte[]? KeyOf(string? key) => key is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
