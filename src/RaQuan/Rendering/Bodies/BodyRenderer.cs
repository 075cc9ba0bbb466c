using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// The one way a body becomes the HTML of its page, feeds and paste-ready fragment. Markdig's HTML is read into a
/// small tree (<see cref="BodyNode"/>): its own markup by a strict reader (<see cref="MarkdigHtmlReader"/>), the
/// blocks around raw HTML by AngleSharp with the sanitizer's decisions (<see cref="RawHtmlRuns"/>). The tree is then
/// given the page's structure (<see cref="BodyStructure"/>) and written in UTF-8 (<see cref="BodyHtmlWriter"/>).
/// </summary>
/// <remarks>
/// The structure is given to the tree rather than inside Markdig's renderers because it is the same for Markdig's
/// markup and for sanitized raw HTML (a heading or table written in HTML is numbered and captioned like one written
/// in Markdown), and because the sanitizer's allowlist applies to what Markdig writes too (its footnotes' role
/// attributes, a link's unsafe address). The tests hold the specification it is checked against: AngleSharp and
/// HtmlSanitizer on the whole body (tests/RaQuan.Tests/Rendering/ReferenceBody.cs).
/// </remarks>
internal static class BodyRenderer
{
    /// <summary>Raw HTML needs the full HTML parser and the sanitizer's removals; Markdig's own markup does not.</summary>
    // A walk of its own: Markdig's Descendants() allocates an iterator per level and cost a third of a parse.
    public static bool HasRawHtml(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (HasRawHtml(block))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasRawHtml(Block block) => block switch
    {
        HtmlBlock => true,
        ContainerBlock inner => HasRawHtml(inner),
        LeafBlock { Inline: { } inline } => HasRawHtml(inline),
        _ => false,
    };

    private static bool HasRawHtml(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline || (inline is ContainerInline inner && HasRawHtml(inner)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rendered body of <paramref name="document"/>, whose HTML as Markdig writes it is <paramref name="html"/>.</summary>
    /// <param name="pipeline">What parsed <paramref name="document"/>: raw HTML is read block by block (<see cref="RawHtmlRuns"/>).</param>
    public static RenderedBody Render(MarkdownDocument document, ReadOnlyMemory<char> html, MarkdownPipeline pipeline, string pageUrl, string searchText)
    {
        // The tree is this method's own: what it gives back is made of strings and bytes.
        using var nodes = BodyNode.Rent();
        var root = (HasRawHtml(document) ? null : MarkdigHtmlReader.Read(html)) ?? RawHtmlRuns.Read(document, html, pipeline);
        BodyStructure.Sanitize(root);
        var toc = BodyStructure.Headings(root);
        BodyStructure.Tables(root);
        BodyStructure.Images(root);
        var excerpt = BodyStructure.Excerpt(root);
        // Each variant is written only when it differs: most bodies have no relative link, and many no table.
        var pageHtml = BodyHtmlWriter.InnerHtml(root, paste: false);
        var absoluteHtml = MakeAbsolute(root, pageUrl) ? BodyHtmlWriter.InnerHtml(root, paste: false, pageHtml) : pageHtml;
        var pasteHtml = BodyHtmlWriter.PasteStrips(root) ? BodyHtmlWriter.InnerHtml(root, paste: true, pageHtml) : absoluteHtml;
        return new RenderedBody([pageHtml, absoluteHtml, pasteHtml], toc, excerpt) { SearchText = searchText };
    }

    /// <summary>
    /// Feed readers show content away from the site, so every link must be absolute (RSS Best Practices
    /// §"Relative links"); false when there was none to change.
    /// </summary>
    private static bool MakeAbsolute(BodyNode root, string pageUrl)
    {
        var changed = false;
        Uri? page = null;
        foreach (var element in root.Elements())
        {
            var attribute = element.Name switch { "a" => "href", "img" => "src", _ => null };
            if (attribute is not null && element.Get(attribute) is { } value
                && AbsoluteUrl(page ??= new Uri(pageUrl), value) is { } absolute && absolute != value)
            {
                element.Set(attribute, absolute);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>What a link or image address becomes in feeds and the paste-ready fragment; null leaves it as written.</summary>
    internal static string? AbsoluteUrl(Uri pageUrl, string value) =>
        Uri.TryCreate(pageUrl, value, out var absolute) ? absolute.AbsoluteUri : null;
}
