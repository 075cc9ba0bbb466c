using System.Buffers;
using Markdig;
using Markdig.Syntax;
using RaQuan.Loading;

namespace RaQuan.Rendering.Bodies;

/// <summary>Markdown to safe, structured HTML (<see cref="BodyRenderer"/>), and to the plain text the search index reads.</summary>
internal static class MarkdownRenderer
{
    internal static readonly MarkdownPipeline Pipeline = NewPipeline(autoLinks: true);

    // The same without bare links, for texts that hold none. Markdig tries its bare-link parser at every h, f, m, t
    // and w, a ninth of Vietnamese text, and ends the run of plain text there.
    internal static readonly MarkdownPipeline PipelineWithoutAutoLinks = NewPipeline(autoLinks: false);

    // What a bare link starts with (Markdig's AutoLinkParser: "http://", "https://", "www.", "ftp://", "mailto:",
    // "tel:"), shortened and in any case so that no text it could link escapes the check.
    private static readonly SearchValues<string> AutoLinkStarts =
        SearchValues.Create(["http", "www.", "ftp:", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    private static MarkdownPipeline NewPipeline(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseCustomContainers()
            .UseEmphasisExtras()
            .UseListExtras();
        return (autoLinks ? builder.UseAutoLinks() : builder).Build();
    }

    /// <summary>The pipeline that parses <paramref name="markdown"/>: without bare links when it holds no text one could start with.</summary>
    internal static MarkdownPipeline PipelineFor(string markdown) =>
        markdown.AsSpan().ContainsAny(AutoLinkStarts) ? Pipeline : PipelineWithoutAutoLinks;

    /// <summary>
    /// Past this size (characters or bytes) a thread's rendering buffers are let go after a body, so one huge plan does
    /// not stay in memory; the body writer's and the JSON-LD's too.
    /// </summary>
    internal const int KeptCapacity = 1 << 20;

    /// <summary>Renders <paramref name="markdown"/> for the page at absolute URL <paramref name="pageUrl"/>.</summary>
    /// <remarks>The URL as text: it is parsed only for a body with links or images.</remarks>
    public static RenderedBody Render(string markdown, string pageUrl)
    {
        var (document, html, pipeline) = ToHtml(markdown);
        return BodyRenderer.Render(document, html, pipeline, pageUrl, PlainText(document));
    }

    /// <summary>True when Markdig reads raw HTML in <paramref name="markdown"/>, which the sanitizer reads.</summary>
    internal static bool HasRawHtml(string markdown) => BodyRenderer.HasRawHtml(ToHtml(markdown).Document);

    /// <summary>The text of <paramref name="markdown"/> without its markup, for the search index.</summary>
    /// <remarks>A text of a shape too slow to read (<see cref="SlowShapes"/>) is given as it is: rendering it reports the error.</remarks>
    public static string PlainText(string markdown) =>
        SlowShapes.Find(markdown) is null ? Markdown.ToPlainText(markdown, PipelineFor(markdown)) : markdown;

    private static void Refuse(SlowShape? slow)
    {
        if (slow is not null)
        {
            throw new UnrenderableMarkdownException(slow);
        }
    }

    /// <summary>What <see cref="Markdown.ToPlainText(string, MarkdownPipeline, MarkdownParserContext)"/> gives, from a document parsed already.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        // Only a writer that finished goes back: one that threw may be left inside a block.
        var writer = _plainText ?? new PlainTextWriter();
        _plainText = null;
        var text = writer.Render(document);
        _plainText = writer;
        return text;
    }

    // One per thread: a renderer set up for the pipeline is a few dozen objects, and a plan's text is asked for once.
    [ThreadStatic]
    private static PlainTextWriter? _plainText;

    /// <summary>
    /// Markdig's plain-text rendering (its HTML renderer with markup and escaping off), kept for reuse. A renderer
    /// keeps one note between documents, whether its last write ended a line; each text is cut off before the line
    /// end that closes it, so the next document starts as a new renderer would.
    /// </summary>
    private sealed class PlainTextWriter
    {
        private readonly StringWriter _writer = new();
        private readonly Markdig.Renderers.HtmlRenderer _renderer;

        public PlainTextWriter()
        {
            _renderer = new Markdig.Renderers.HtmlRenderer(_writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            Pipeline.Setup(_renderer);
        }

        public string Render(MarkdownDocument document)
        {
            var text = _writer.GetStringBuilder();
            text.Clear();
            _renderer.Render(document);
            _writer.Flush();
            var plain = text.ToString();
            _renderer.EnsureLine();
            text.Clear();
            if (text.Capacity > KeptCapacity)
            {
                text.Capacity = KeptCapacity;
            }

            return plain;
        }
    }

    // One per thread, for the HTML of the body being rendered.
    [ThreadStatic]
    private static CharBufferWriter? _html;

    /// <summary>
    /// The parse of <paramref name="markdown"/> and Markdig's HTML for it, in this thread's buffer: valid until the
    /// thread's next call.
    /// </summary>
    // Markdig throws ArgumentException for a syntax tree deeper than its limit (inline runs such as "[[[[" or
    // "*a _b *a _b …" that MarkdownNesting does not count), rather than overflow the stack.
    internal static (MarkdownDocument Document, ReadOnlyMemory<char> Html, MarkdownPipeline Pipeline) ToHtml(string markdown)
    {
        Refuse(SlowShapes.Find(markdown));
        try
        {
            var pipeline = PipelineFor(markdown);
            var document = Markdown.Parse(markdown, pipeline);
            if (_html is not { Capacity: <= KeptCapacity } html)
            {
                _html = html = new CharBufferWriter();
            }

            html.Clear();
            document.ToHtml(html, pipeline);
            return (document, html.Written, pipeline);
        }
        catch (ArgumentException e)
        {
            throw new UnrenderableMarkdownException(
                UiLanguage.Format(Messages.MarkdownNestedTooDeep, Pipeline.MaximumNestingDepth), e);
        }
    }
}
