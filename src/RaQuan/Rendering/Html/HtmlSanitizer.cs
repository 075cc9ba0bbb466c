using AngleSharp.Dom;

namespace RaQuan.Rendering.Html;

/// <summary>
/// An allowlist sanitizer for HTML that came from content (Markdown's raw HTML, pasted documents). Anything not
/// listed is removed: dangerous elements with their content, unknown ones by keeping their text.
/// </summary>
internal static class HtmlSanitizer
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark",
        "small", "sub", "sup", "code", "pre", "kbd", "samp", "var", "blockquote", "q", "cite", "abbr", "dfn", "time",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "colgroup", "col", "a", "img", "figure", "figcaption", "div", "span", "details", "summary", "section",
    };

    /// <summary>Elements whose content is never wanted either: code, styling, embedded objects, forms.</summary>
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript",
        "svg", "math", "form", "input", "button", "textarea", "select", "option", "link", "meta", "base", "title",
        "head", "audio", "video", "source", "track", "canvas", "dialog", "portal", "noembed", "noframes", "xmp",
        "plaintext",
    };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.OrdinalIgnoreCase) { "id", "class", "title", "lang", "dir" };

    private static readonly Dictionary<string, HashSet<string>> ElementAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["th"] = ["colspan", "rowspan", "scope", "abbr"],
        ["td"] = ["colspan", "rowspan"],
        ["ol"] = ["start", "type", "reversed"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["time"] = ["datetime"],
        ["abbr"] = ["title"],
        ["details"] = ["open"],
        ["q"] = ["cite"],
        ["blockquote"] = ["cite"],
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" };

    /// <summary>Sanitizes the children of <paramref name="root"/> in place.</summary>
    public static void Sanitize(INode root)
    {
        foreach (var child in root.ChildNodes.ToArray())
        {
            SanitizeNode(child);
        }
    }

    private static void SanitizeNode(INode node)
    {
        switch (node)
        {
            case IElement element:
                SanitizeElement(element);
                break;
            case IText:
                break;
            default:
                // Comments, processing instructions and CDATA can hide conditional comments and markup.
                node.Parent?.RemoveChild(node);
                break;
        }
    }

    private static void SanitizeElement(IElement element)
    {
        var name = element.LocalName;
        if (DropWithContent.Contains(name) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri)
        {
            element.Remove();
            return;
        }

        foreach (var child in element.ChildNodes.ToArray())
        {
            SanitizeNode(child);
        }

        if (!Allowed.Contains(name))
        {
            Unwrap(element);
            return;
        }

        foreach (var attribute in element.Attributes.ToArray())
        {
            if (!IsAllowedAttribute(name, attribute))
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        if (NeedsRel(name, element.GetAttribute("href")))
        {
            element.SetAttribute("rel", ExternalRel);
        }
    }

    private static bool IsAllowedAttribute(string element, IAttr attribute) => IsAllowedAttribute(element, attribute.LocalName, attribute.Value);

    /// <summary>True for an element kept with its content; the rest are dropped or unwrapped.</summary>
    internal static bool IsAllowedElement(string name) => Allowed.Contains(name) && !DropWithContent.Contains(name);

    internal static bool IsAllowedAttribute(string element, string attr, string value)
    {
        var allowed = GlobalAttributes.Contains(attr)
            || (ElementAttributes.TryGetValue(element, out var specific) && specific.Contains(attr));
        return allowed && (!UrlAttributes.Contains(attr) || UrlPolicy.IsSafe(value));
    }

    /// <summary>Links that leave the site must not give the target page a handle on ours (window.opener) or our URL.</summary>
    internal static bool NeedsRel(string element, string? href) => element == "a" && href is not null && UrlPolicy.IsExternal(href);

    internal const string ExternalRel = "noopener noreferrer";

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent;
        if (parent is null)
        {
            return;
        }

        foreach (var child in element.ChildNodes.ToArray())
        {
            parent.InsertBefore(child, element);
        }

        element.Remove();
    }
}
