using System.Collections.Frozen;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RaQuan.Rendering.Html;

/// <summary>An HTML fragment parsed for post-processing; its <see cref="Root"/> holds the fragment's nodes.</summary>
internal sealed class BodyDocument
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image", "menuitem");

    private BodyDocument(IElement root) => Root = root;

    public IElement Root { get; }

    // A parser is not thread-safe but can be reused: one per thread spares setting one up for every plan.
    [ThreadStatic]
    private static HtmlParser? _parser;

    private static HtmlParser Parser => _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });

    private static IElement NewBody() => Parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>").Body!;

    // What a fragment is parsed in: only its name counts, so one serves every fragment of the thread.
    [ThreadStatic]
    private static IElement? _context;

    /// <summary>The fragment <paramref name="html"/>, parsed as a body's content and sanitized (<see cref="BodySanitizer"/>).</summary>
    public static BodyDocument ParseSanitized(string html)
    {
        var root = NewBody();
        if (ParseFragment(html) is { } parsed)
        {
            BodySanitizer.Sanitize(parsed, root);
        }

        return new BodyDocument(root);
    }

    /// <summary>
    /// The element holding the nodes of <paramref name="html"/> parsed as a body's content, in a document of their own;
    /// null when it holds none.
    /// </summary>
    public static IHtmlElement? ParseFragment(string html) =>
        Parser.ParseFragment(html, _context ??= NewBody()) is [{ Parent: IHtmlElement parsed }, ..] ? parsed : null;

    /// <summary>
    /// The root's inner HTML, as AngleSharp's <c>InnerHtml</c> writes it. AngleSharp goes from a node to the next by
    /// asking the parent for the node's place, which takes the time of the square of an element's children: a
    /// 2 MB table took a minute and a half. Here children are taken by their index.
    /// </summary>
    public string Html
    {
        get
        {
            var html = new StringBuilder();
            var children = Root.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                Write(children[i], html);
            }

            return html.ToString();
        }
    }

    // HTML's serialisation algorithm (HTML §13.3), with AngleSharp's formatter for each tag and text.
    private static void Write(INode node, StringBuilder html)
    {
        var format = HtmlMarkupFormatter.Instance;
        switch (node)
        {
            case IElement element:
                var selfClosing = element.NamespaceUri == NamespaceNames.HtmlUri && VoidElements.Contains(element.LocalName);
                html.Append(format.OpenTag(element, selfClosing));
                if (selfClosing)
                {
                    break;
                }

                if (element.LocalName is "pre" or "textarea" or "listing" && element.FirstChild is IText { Data: ['\n', ..] })
                {
                    html.Append('\n');
                }

                var children = element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
                for (var i = 0; i < children.Length; i++)
                {
                    Write(children[i], html);
                }

                html.Append(format.CloseTag(element, selfClosing));
                break;
            case IText text:
                html.Append(IsRawText(text.Parent) ? text.Data : format.Text(text));
                break;
            case IComment comment:
                html.Append(format.Comment(comment));
                break;
            default:
                html.Append(node.ToHtml(format));
                break;
        }
    }

    private static bool IsRawText(INode? parent) =>
        parent is IElement { LocalName: "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" } element
        && element.NamespaceUri == NamespaceNames.HtmlUri;
}
