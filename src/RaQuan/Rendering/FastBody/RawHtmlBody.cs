using AngleSharp.Dom;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using RaQuan.Rendering.Html;

namespace RaQuan.Rendering.FastBody;

/// <summary>
/// The fast path's tree of a body that holds raw HTML: Markdig's own markup is read as for any body, and only the
/// top-level blocks around raw HTML are parsed by AngleSharp and sanitized, each run of them on its own. A 2 MB table
/// beside one line of raw HTML then costs what the table alone costs, not a DOM of the whole body.
/// </summary>
internal static class RawHtmlBody
{
    /// <summary>
    /// How many times a run of blocks that leaves an element open is extended to the next block with raw HTML (the
    /// "&lt;details&gt; … Markdown … &lt;/details&gt;" form takes one) before the whole body is left to the reference path.
    /// </summary>
    private const int Extensions = 8;

    /// <summary>The tree of <paramref name="document"/>, whose HTML is <paramref name="html"/>; null when the reference path must render it.</summary>
    public static BodyNode? Read(MarkdownDocument document, ReadOnlyMemory<char> html, MarkdownPipeline pipeline)
    {
        if (BlockEnds(document, html, pipeline) is not { } ends)
        {
            return null;
        }

        var root = BodyNode.Element("body");
        var count = document.Count;
        var i = 0;
        while (i < count)
        {
            var start = i == 0 ? 0 : ends[i - 1];
            var last = i;
            if (!FastBodyRenderer.HasRawHtml(document[i]))
            {
                while (last + 1 < count && !FastBodyRenderer.HasRawHtml(document[last + 1]))
                {
                    last++;
                }

                if (MarkdigHtmlReader.Read(html[start..ends[last]]) is not { } part)
                {
                    return null;
                }

                MoveChildren(part, root);
            }
            else
            {
                // The blocks up to one after which the HTML parser is back in the body with nothing left open: then
                // parsing them alone builds what parsing the whole body builds for them.
                var extensions = 0;
                bool? read;
                while ((read = ReadIfClosed(html[start..ends[last]], root)) == false)
                {
                    do
                    {
                        last++;
                    }
                    while (last < count && !FastBodyRenderer.HasRawHtml(document[last]));

                    if (last == count || ++extensions > Extensions)
                    {
                        return null;
                    }
                }

                if (read is null)
                {
                    return null;
                }
            }

            i = last + 1;
        }

        return root;
    }

    /// <summary>Where each top-level block's HTML ends in <paramref name="html"/>; null if rendering them one by one gives other HTML.</summary>
    private static int[]? BlockEnds(MarkdownDocument document, ReadOnlyMemory<char> html, MarkdownPipeline pipeline)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var ends = new int[document.Count];
        var text = writer.GetStringBuilder();
        for (var i = 0; i < document.Count; i++)
        {
            renderer.Render(document[i]);
            writer.Flush();
            ends[i] = text.Length;
        }

        var whole = html.Span;
        if (text.Length != whole.Length)
        {
            return null;
        }

        var at = 0;
        foreach (var chunk in text.GetChunks())
        {
            if (!chunk.Span.SequenceEqual(whole.Slice(at, chunk.Length)))
            {
                return null;
            }

            at += chunk.Length;
        }

        return ends;
    }

    private const string End = "raquan-end";

    /// <summary>
    /// Parses and sanitizes <paramref name="html"/> into <paramref name="root"/> when the HTML parser ends it with
    /// nothing left open (an element after it then lands in the body, last, outside any element reopened for it);
    /// false when something is left open, null when the body writer cannot write what it holds.
    /// </summary>
    private static bool? ReadIfClosed(ReadOnlyMemory<char> html, BodyNode root)
    {
        if (BodyDocument.ParseFragment($"{html}<{End}></{End}>") is not { LastChild: IElement { LocalName: End } } parsed)
        {
            return false;
        }

        using var marks = BodySanitizer.Mark(parsed);
        var children = parsed.ChildNodes;
        for (var i = 0; i < children.Length - 1; i++)
        {
            if (!Copy(children[i], root, marks))
            {
                return null;
            }
        }

        return true;
    }

    /// <summary>Copies what the sanitizer keeps of <paramref name="node"/>; false for what the body writer would not write as AngleSharp does.</summary>
    private static bool Copy(INode node, BodyNode into, BodySanitizer.Marks marks)
    {
        switch (marks.FateOf(node))
        {
            case BodySanitizer.Fate.Unwrap:
                return CopyChildren(node, into, marks);
            case BodySanitizer.Fate.Keep when node is IText text:
                into.Append(BodyNode.TextNode(text.Data.AsMemory()));
                return true;
            case BodySanitizer.Fate.Keep:
                var element = (IElement)node;
                // AngleSharp writes a line end after <pre> whose text starts with one; BodyHtmlWriter does not.
                if (element.LocalName == "pre" && element.FirstChild is IText { Data: ['\n', ..] })
                {
                    return false;
                }

                var copy = BodyNode.Element(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    if (BodySanitizer.IsAllowedAttribute(copy.Name!, attribute.Name, attribute.Value))
                    {
                        copy.Attributes.Add((attribute.Name, attribute.Value));
                    }
                }

                if (BodySanitizer.NeedsRel(copy.Name!, copy.Get("href")))
                {
                    copy.Set("rel", BodySanitizer.ExternalRel);
                }

                into.Append(copy);
                return CopyChildren(node, copy, marks);
            default:
                return true;
        }
    }

    private static bool CopyChildren(INode node, BodyNode into, BodySanitizer.Marks marks)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (!Copy(children[i], into, marks))
            {
                return false;
            }
        }

        return true;
    }

    private static void MoveChildren(BodyNode from, BodyNode to)
    {
        for (var child = from.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            to.Append(child);
            child = next;
        }
    }
}
