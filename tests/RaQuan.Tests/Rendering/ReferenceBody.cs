using System.Collections.Frozen;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// What a body must render to, said the plainest way: Markdig's HTML for the whole body parsed by AngleSharp (an
/// HTML5 parser, as a browser reads it), sanitized by HtmlSanitizer with the site's allowlist, given the page's
/// structure on the DOM, and serialised by HTML's algorithm. <see cref="BodyRenderer"/> reads the body in runs into a
/// tree of its own for speed; the tests compare the two.
/// </summary>
internal static class ReferenceBody
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image", "menuitem");

    public static RenderedBody Render(string markdown, string pageUrl)
    {
        var html = MarkdownRenderer.ToHtml(markdown).Html.ToString();
        var searchText = MarkdownRenderer.PlainText(markdown);
        var root = ParseSanitized(html);
        var toc = Headings(root);
        Tables(root);
        Images(root);
        var excerpt = BodyStructure.Shorten(root.Children.FirstOrDefault(e => e.LocalName == "p" && e.TextContent.Trim().Length > 0)?.TextContent ?? "");
        var pageHtml = InnerHtml(root);
        MakeAbsolute(root, new Uri(pageUrl));
        var absoluteHtml = InnerHtml(root);
        Strip(root);
        return new RenderedBody(pageHtml, absoluteHtml, InnerHtml(root), toc, excerpt) { SearchText = searchText };
    }

    private static IElement ParseSanitized(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        const string empty = "<!DOCTYPE html><html><head></head><body></body></html>";
        var root = parser.ParseDocument(empty).Body!;
        if (parser.ParseFragment(html, parser.ParseDocument(empty).Body!) is [{ Parent: IHtmlElement parsed }, ..])
        {
            using var marks = BodySanitizer.Mark(parsed);
            CopyChildren(parsed, root, marks);
        }

        return root;
    }

    private static void Copy(INode node, INode into, BodySanitizer.Marks marks)
    {
        switch (marks.FateOf(node))
        {
            case BodySanitizer.Fate.Unwrap:
                CopyChildren(node, into, marks);
                break;
            case BodySanitizer.Fate.Keep when node is IText text:
                into.AppendChild(into.Owner!.CreateTextNode(text.Data));
                break;
            case BodySanitizer.Fate.Keep:
                var copy = (IElement)into.Owner!.Import(node, deep: false);
                foreach (var attribute in copy.Attributes.ToList())
                {
                    if (!BodySanitizer.IsAllowedAttribute(copy.LocalName, attribute.Name, attribute.Value))
                    {
                        copy.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
                    }
                }

                if (BodySanitizer.NeedsRel(copy.LocalName, copy.GetAttribute("href")))
                {
                    copy.SetAttribute("rel", BodySanitizer.ExternalRel);
                }

                into.AppendChild(copy);
                CopyChildren(node, copy, marks);
                break;
        }
    }

    private static void CopyChildren(INode node, INode into, BodySanitizer.Marks marks)
    {
        foreach (var child in node.ChildNodes.ToList())
        {
            Copy(child, into, marks);
        }
    }

    private static List<TocEntry> Headings(IElement root)
    {
        var headings = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var shift = headings.Any(h => h.LocalName == "h1") ? 1 : 0;
        var used = BodyStructure.ReservedIds();
        var toc = new List<TocEntry>();
        foreach (var heading in headings)
        {
            var level = Math.Min(6, heading.LocalName[1] - '0' + shift);
            var target = shift > 0 ? Rename(heading, $"h{level}") : heading;
            var text = target.TextContent.Trim();
            var id = target.GetAttribute("id") is { Length: > 0 } given && used.Add(given) ? given : BodyStructure.UniqueId(text, used);
            target.SetAttribute("id", id);
            if (level is 2 or 3 && text.Length > 0)
            {
                toc.Add(new TocEntry(level, id, text));
            }
        }

        return toc;
    }

    private static void Tables(IElement root)
    {
        var number = 0;
        foreach (var table in root.QuerySelectorAll("table").ToList())
        {
            number++;
            var caption = table.QuerySelector("caption");
            if (caption is null)
            {
                caption = table.Owner!.CreateElement("caption");
                var heading = table.PreviousElementSiblings().FirstOrDefault(e => e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6");
                caption.TextContent = BodyStructure.CaptionText(number, heading?.TextContent.Trim());
                table.Prepend(caption);
            }

            var captionId = BodyStructure.CaptionId(number);
            caption.SetAttribute("id", captionId);
            foreach (var th in table.QuerySelectorAll("thead th"))
            {
                th.SetAttribute("scope", "col");
            }

            foreach (var th in table.QuerySelectorAll("tbody th"))
            {
                th.SetAttribute("scope", th.GetAttribute("scope") ?? "row");
            }

            var wrapper = table.Owner!.CreateElement("div");
            foreach (var (name, value) in BodyStructure.WrapperAttributes(captionId))
            {
                wrapper.SetAttribute(name, value);
            }

            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    private static IEnumerable<IElement> PreviousElementSiblings(this IElement element)
    {
        for (var e = element.PreviousElementSibling; e is not null; e = e.PreviousElementSibling)
        {
            yield return e;
        }
    }

    private static void Images(IElement root)
    {
        foreach (var img in root.QuerySelectorAll("img"))
        {
            img.SetAttribute("loading", "lazy");
            if (!img.HasAttribute("alt"))
            {
                img.SetAttribute("alt", "");
            }
        }
    }

    private static void MakeAbsolute(IElement root, Uri pageUrl)
    {
        foreach (var element in root.QuerySelectorAll("a[href], img[src]"))
        {
            var attribute = element.LocalName == "a" ? "href" : "src";
            if (BodyRenderer.AbsoluteUrl(pageUrl, element.GetAttribute(attribute)!) is { } absolute)
            {
                element.SetAttribute(attribute, absolute);
            }
        }
    }

    private static void Strip(IElement root)
    {
        foreach (var wrapper in root.QuerySelectorAll("div." + BodyStructure.WrapperClass).ToList())
        {
            foreach (var child in wrapper.ChildNodes.ToList())
            {
                wrapper.Parent!.InsertBefore(child, wrapper);
            }

            wrapper.Remove();
        }

        foreach (var element in root.QuerySelectorAll("*"))
        {
            foreach (var name in BodyStructure.PasteStrippedAttributes)
            {
                element.RemoveAttribute(name);
            }
        }
    }

    private static IElement Rename(IElement element, string name)
    {
        var replacement = element.Owner!.CreateElement(name);
        foreach (var attribute in element.Attributes)
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }

        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }

        element.Parent!.ReplaceChild(replacement, element);
        return replacement;
    }

    // HTML's serialisation algorithm (HTML §13.3), with AngleSharp's formatter for each tag and text. AngleSharp's own
    // InnerHtml finds each node's place among its siblings, which takes the square of an element's children.
    private static string InnerHtml(IElement root)
    {
        var html = new StringBuilder();
        foreach (var child in root.ChildNodes)
        {
            Write(child, html);
        }

        return html.ToString();
    }

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

                foreach (var child in element.ChildNodes)
                {
                    Write(child, html);
                }

                html.Append(format.CloseTag(element, selfClosing));
                break;
            case IText text:
                html.Append(format.Text(text));
                break;
            default:
                html.Append(node.ToHtml(format));
                break;
        }
    }
}
