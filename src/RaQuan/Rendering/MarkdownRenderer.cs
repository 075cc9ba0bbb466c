using AngleSharp.Dom;
using Markdig;
using Markdig.Syntax;
using RaQuan.Rendering.Html;

namespace RaQuan.Rendering;

/// <summary>Markdown to safe, structured HTML: Markdig, then the sanitizer, then the page structure.</summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>Renders <paramref name="markdown"/> for the page at absolute URL <paramref name="pageUrl"/>.</summary>
    public static RenderedBody Render(string markdown, Uri pageUrl)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var html = document.ToHtml(Pipeline);
        var body = BodyDocument.Parse(html);
        HtmlSanitizer.Sanitize(body.Root);
        var toc = BodyStructure.Headings(body.Root);
        BodyStructure.Tables(body.Root, "");
        BodyStructure.Images(body.Root);
        var excerpt = BodyStructure.Excerpt(body.Root);
        var pageHtml = body.Html;

        MakeAbsolute(body.Root, pageUrl);
        var absoluteHtml = body.Html;

        // Last, as it strips what the other two need; one parse serves all three.
        PasteReadyHtml.Strip(body.Root);
        return new RenderedBody(pageHtml, absoluteHtml, body.Html, toc, excerpt) { SearchText = new CompressedText(PlainText(document)) };
    }

    /// <summary>The text of <paramref name="markdown"/> without its markup, for the search index.</summary>
    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    /// <summary>What <see cref="Markdown.ToPlainText(string, MarkdownPipeline, MarkdownParserContext)"/> gives, from a document parsed already.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Feed readers show content away from the site, so every link must be absolute (RSS Best Practices §"Relative links").</summary>
    private static void MakeAbsolute(IElement root, Uri pageUrl)
    {
        foreach (var element in root.QuerySelectorAll("a[href], img[src]"))
        {
            var attribute = element.LocalName == "a" ? "href" : "src";
            var value = element.GetAttribute(attribute)!;
            if (Uri.TryCreate(pageUrl, value, out var absolute))
            {
                element.SetAttribute(attribute, absolute.AbsoluteUri);
            }
        }
    }
}
