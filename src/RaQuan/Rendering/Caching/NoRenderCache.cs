using RaQuan.Rendering.Pages;
using RaQuan.Search;
using RaQuan.Feeds;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Caching;

/// <summary>
/// A plain build's <see cref="IRenderCache"/>: keeps nothing, renders everything once, and streams each file into the
/// output as the theme or the writer makes it, so no page or open-data file is held whole in memory.
/// </summary>
internal sealed class NoRenderCache : IRenderCache
{
    // Feed bodies kept uncompressed up to this many bytes, counted in _feedBytes. Compressing them all cost a
    // thirtieth of a 10,000-plan build.
    private const long FeedBytesKept = 96L << 20;

    private long _feedBytes;

    public ISearchIndexBuilder Search(Func<IEnumerable<SearchDocument>> documents, IReadOnlyList<Unit> units, string folder) =>
        new SearchIndexStream(documents(), units);

    public RenderedBody Markdown(string markdown, string path, Func<RenderedBody> render) => render();

    public PlanBody PlanBody(Plan plan, string path, Func<Action<string>, RenderedBody> render, Action<string> publish) => new(render(publish));

    /// <summary>
    /// Feeds hold a few plans per unit (50 by default): 4,394 bodies, under 50 MB, on the benchmark's province site of
    /// 97 units, and no more at 50,000 plans than at 10,000; they are kept as they are. A national site's thousands of
    /// units could hold every plan, so bodies past <see cref="FeedBytesKept"/> are kept compressed, about a sixth of
    /// their size.
    /// </summary>
    public FeedText FeedText(Plan plan, string path, PlanBody body) =>
        new(body.Rendered, compress: Interlocked.Add(ref _feedBytes, body.Rendered.Utf8(BodyVariant.Absolute).Length) > FeedBytesKept);

    public void WritePlanData(Utf8JsonWriter w, string output, Plan plan, Action<Utf8JsonWriter> write) => write(w);

    public Task WritePageAsync(RenderContext context, PageModel page, DateOnly? lastModified) =>
        context.StreamPageAsync(page, lastModified);

    public Task WritePlanPageAsync(RenderContext context, Plan plan, PlanBody body) =>
        context.StreamPageAsync(context.Pages.Plan(plan, body.Rendered), plan.ListingDate);

    public void WriteOutput(RenderContext context, string path, OutputInputs shows, Func<byte[]> make) =>
        context.Sink.Write(path, make());

    public void WriteOutput(RenderContext context, string path, OutputInputs shows, Action<Stream> write) =>
        context.Sink.Write(path, write);
}
