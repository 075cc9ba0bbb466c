using RaQuan.Rendering.Pages;
using RaQuan.Search;
using RaQuan.Feeds;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Caching;

/// <summary>
/// What the render stage may reuse from earlier builds, and how it writes what it makes. A plain build uses
/// <see cref="NoRenderCache"/>, which renders everything and streams each file into the output; a serve session
/// hands the pipeline its <see cref="RenderCache"/>, which keeps what it renders and reuses it while its inputs are
/// unchanged. Both write the same bytes: the sections never ask which one they have.
/// </summary>
internal interface IRenderCache
{
    /// <summary>
    /// The search index of <paramref name="documents"/>, filled as the plans render and finished by the search
    /// section, which writes it into <paramref name="folder"/> of the site.
    /// </summary>
    ISearchIndexBuilder Search(Func<IEnumerable<SearchDocument>> documents, IReadOnlyList<Unit> units, string folder);

    /// <summary>A Markdown body; a pure function of the text and the page's address.</summary>
    RenderedBody Markdown(string markdown, string path, Func<RenderedBody> render);

    /// <summary>
    /// A plan's body, reused while the plan's file is unchanged, or known by what the last build recorded of it and
    /// rendered only if an output asks. <paramref name="render"/> tells the files of files/ the body shows to the
    /// action it is given; <paramref name="publish"/> is told them, whether the body is rendered or reused.
    /// </summary>
    PlanBody PlanBody(Plan plan, string path, Func<Action<string>, RenderedBody> render, Action<string> publish);

    /// <summary>What the feeds keep of a plan's body.</summary>
    FeedText FeedText(Plan plan, string path, PlanBody body);

    /// <summary>Writes a plan's entry of the API file <paramref name="output"/> with <paramref name="write"/>.</summary>
    void WritePlanData(Utf8JsonWriter w, string output, Plan plan, Action<Utf8JsonWriter> write);

    /// <summary>Writes every themed output of <paramref name="page"/>.</summary>
    Task WritePageAsync(RenderContext context, PageModel page, DateOnly? lastModified);

    /// <summary>Writes a plan's page and its other outputs.</summary>
    Task WritePlanPageAsync(RenderContext context, Plan plan, PlanBody body);

    /// <summary>Writes an output other than a themed page, made by <paramref name="make"/>, which shows <paramref name="shows"/>.</summary>
    void WriteOutput(RenderContext context, string path, OutputInputs shows, Func<byte[]> make);

    /// <inheritdoc cref="WriteOutput(RenderContext, string, OutputInputs, Func{byte[]})"/>
    void WriteOutput(RenderContext context, string path, OutputInputs shows, Action<Stream> write);
}
