using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RaQuan.Rendering.Html;

/// <summary>An HTML fragment parsed for post-processing; its <see cref="Root"/> holds the fragment's nodes.</summary>
internal sealed class BodyDocument
{
    private BodyDocument(IElement root) => Root = root;

    public IElement Root { get; }

    // A parser is not thread-safe but can be reused: one per thread spares setting one up for every plan.
    [ThreadStatic]
    private static HtmlParser? _parser;

    public static BodyDocument Parse(string html)
    {
        var parser = _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var root = document.Body!;
        foreach (var node in parser.ParseFragment(html, root).ToArray())
        {
            root.AppendChild(node);
        }

        return new BodyDocument(root);
    }

    public string Html => Root.InnerHtml;
}
