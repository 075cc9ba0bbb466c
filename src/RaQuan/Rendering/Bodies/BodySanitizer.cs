using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// The allowlist for HTML that came from content (Markdown's raw HTML, pasted documents), applied by HtmlSanitizer
/// (Ganss.Xss): it decides which elements, attributes and URLs stay. What it removes goes with its content when it
/// holds code, styling, embedded objects or forms, and leaves its text otherwise. Raw HTML is read through the sanitizer
/// (<see cref="RawHtmlRuns"/>); Markdig's own markup is checked against the same allowlist (<see cref="BodyStructure.Sanitize"/>).
/// </summary>
internal sealed class BodySanitizer
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.OrdinalIgnoreCase)
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

    private static readonly string[] UrlAttributes = ["href", "src", "cite"];

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    internal const string ExternalRel = "noopener noreferrer";

    private readonly Ganss.Xss.HtmlSanitizer _sanitizer;

    /// <summary>The elements the sanitizer removed in the current run: it is told to leave them, see <see cref="Mark"/>.</summary>
    private readonly HashSet<INode> _removed = new(ReferenceEqualityComparer.Instance);

    // The sanitizer's events write into _removed, so each thread has its own.
    [ThreadStatic]
    private static BodySanitizer? _forThread;

    private BodySanitizer()
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        _sanitizer = new Ganss.Xss.HtmlSanitizer(new Ganss.Xss.HtmlSanitizerOptions
        {
            AllowedTags = AllowedElements,
            AllowedAttributes = new HashSet<string>(GlobalAttributes.Concat(ElementAttributes.Values.SelectMany(a => a)), StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(UrlAttributes, StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(),
        })
        {
            KeepChildNodes = true,
            // Its default parser is one for all threads; a parser is not safe to share.
            HtmlParserFactory = () => parser,
        };

        // See Mark: the sanitizer only marks what it would remove.
        _sanitizer.RemovingTag += (_, e) =>
        {
            _removed.Add(e.Tag);
            e.Cancel = true;
        };
        // Comments can hide conditional comments and markup; the copy leaves every one out.
        _sanitizer.RemovingComment += (_, e) => e.Cancel = true;
        // The sanitizer's own scheme check passes "java\tscript:"-like schemes to no one either, but the site's
        // policy is the one Markdig's links are checked against too.
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (!UrlPolicy.IsSafe(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
    }

    private static BodySanitizer ForThread => _forThread ??= new BodySanitizer();

    /// <summary>What becomes of a node of sanitized HTML.</summary>
    internal enum Fate
    {
        Keep,

        /// <summary>The element goes, its children stay in its place.</summary>
        Unwrap,

        /// <summary>The node goes with all it holds.</summary>
        Drop,
    }

    /// <summary>
    /// Runs the sanitizer over the children of <paramref name="parsed"/>: it drops attributes and URLs itself, and
    /// the marks tell what becomes of each node. Removing a node from AngleSharp's DOM looks for it among its
    /// siblings, so removing many children of one element one by one takes the square of their number ("&lt;x&gt;a&lt;/x&gt;"
    /// a hundred thousand times in a paragraph); so the sanitizer only marks them, and the caller copies what stays.
    /// </summary>
    public static Marks Mark(IHtmlElement parsed)
    {
        var sanitizer = ForThread;
        sanitizer._removed.Clear();
        sanitizer._sanitizer.SanitizeDom((IHtmlDocument)parsed.Owner!, parsed);
        return new Marks(sanitizer);
    }

    /// <summary>The sanitizer's decisions on one parse, until disposed.</summary>
    internal readonly struct Marks(BodySanitizer sanitizer) : IDisposable
    {
        public Fate FateOf(INode node) => node switch
        {
            IText => Fate.Keep,
            IElement element when element.NamespaceUri != NamespaceNames.HtmlUri || DropWithContent.Contains(element.LocalName) => Fate.Drop,
            IElement element => sanitizer._removed.Contains(element) ? Fate.Unwrap : Fate.Keep,
            // Comments, and what the parser reads as one: processing instructions, CDATA.
            _ => Fate.Drop,
        };

        public void Dispose() => sanitizer._removed.Clear();
    }

    /// <summary>True for an element kept with its content; the rest are dropped or unwrapped.</summary>
    internal static bool IsAllowedElement(string name) => AllowedElements.Contains(name) && !DropWithContent.Contains(name);

    internal static bool IsAllowedAttribute(string element, string attr, string value)
    {
        var allowed = GlobalAttributes.Contains(attr)
            || (ElementAttributes.TryGetValue(element, out var specific) && specific.Contains(attr));
        return allowed && (!UrlAttributes.Contains(attr, StringComparer.OrdinalIgnoreCase) || UrlPolicy.IsSafe(value));
    }

    /// <summary>Links that leave the site must not give the target page a handle on ours (window.opener) or our URL.</summary>
    internal static bool NeedsRel(string element, string? href) => element == "a" && href is not null && UrlPolicy.IsExternal(href);
}
