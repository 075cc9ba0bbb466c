using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RaQuan.Rendering.FastBody;

/// <summary>
/// The fast path of <see cref="MarkdownRenderer"/>: Markdig's output is read into a small tree and given the
/// sanitizer's and the page's structure without AngleSharp's parse, DOM and serializer, which cost about a sixth of a
/// build's plan loop; only the blocks around raw HTML go through AngleSharp and the sanitizer. It gives byte for byte
/// what the reference path gives, or declines.
/// </summary>
internal static class FastBodyRenderer
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

    /// <summary>The rendered body, or null when the reference path must render it.</summary>
    /// <param name="pipeline">What parsed <paramref name="document"/>: raw HTML is read block by block (<see cref="RawHtmlBody"/>).</param>
    public static RenderedBody? TryRender(MarkdownDocument document, ReadOnlyMemory<char> html, MarkdownPipeline pipeline, string pageUrl, string searchText)
    {
        // The tree is this method's own: what it gives back is made of strings and bytes.
        using var nodes = BodyNode.Rent();
        var body = HasRawHtml(document) ? RawHtmlBody.Read(document, html, pipeline) : MarkdigHtmlReader.Read(html);
        if (body is not { } root || !FastBodyStructure.Sanitize(root))
        {
            return null;
        }

        var toc = FastBodyStructure.Headings(root);
        if (!FastBodyStructure.Tables(root))
        {
            return null;
        }

        FastBodyStructure.Images(root);
        var excerpt = FastBodyStructure.Excerpt(root);
        // Each variant is written only when it differs: most bodies have no relative link, and many no table.
        var pageHtml = BodyHtmlWriter.InnerHtml(root, paste: false);
        var absoluteHtml = MakeAbsolute(root, pageUrl) ? BodyHtmlWriter.InnerHtml(root, paste: false, pageHtml) : pageHtml;
        var pasteHtml = BodyHtmlWriter.PasteStrips(root) ? BodyHtmlWriter.InnerHtml(root, paste: true, pageHtml) : absoluteHtml;
        return new RenderedBody([pageHtml, absoluteHtml, pasteHtml], toc, excerpt) { SearchText = searchText };
    }

    /// <summary>Makes links and images absolute; false when there was none to change.</summary>
    private static bool MakeAbsolute(BodyNode root, string pageUrl)
    {
        var changed = false;
        Uri? page = null;
        foreach (var element in root.Elements())
        {
            var attribute = element.Name switch { "a" => "href", "img" => "src", _ => null };
            if (attribute is not null && element.Get(attribute) is { } value
                && MarkdownRenderer.AbsoluteUrl(page ??= new Uri(pageUrl), value) is { } absolute && absolute != value)
            {
                element.Set(attribute, absolute);
                changed = true;
            }
        }

        return changed;
    }
}
