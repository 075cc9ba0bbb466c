using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RaQuan.Rendering.FastBody;

/// <summary>
/// The fast path of <see cref="MarkdownRenderer"/>: for a body without raw HTML, Markdig's output is read into a
/// small tree and given the sanitizer's and the page's structure without AngleSharp's parse, DOM and serializer,
/// which cost about a sixth of a build's plan loop. It gives byte for byte what the reference path gives, or declines.
/// </summary>
internal static class FastBodyRenderer
{
    /// <summary>Raw HTML needs the full HTML parser and the sanitizer's removals; Markdig's own markup does not.</summary>
    // A walk of its own: Markdig's Descendants() allocates an iterator per level and cost a third of a parse.
    public static bool HasRawHtml(ContainerBlock container)
    {
        foreach (var block in container)
        {
            var raw = block switch
            {
                HtmlBlock => true,
                ContainerBlock inner => HasRawHtml(inner),
                LeafBlock { Inline: { } inline } => HasRawHtml(inline),
                _ => false,
            };
            if (raw)
            {
                return true;
            }
        }

        return false;
    }

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
    public static RenderedBody? TryRender(MarkdownDocument document, ReadOnlyMemory<char> html, string pageUrl, string searchText)
    {
        // The tree is this method's own: what it gives back is made of strings and bytes.
        using var nodes = BodyNode.Rent();
        if (HasRawHtml(document) || MarkdigHtmlReader.Read(html) is not { } root || !FastBodyStructure.Sanitize(root))
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
