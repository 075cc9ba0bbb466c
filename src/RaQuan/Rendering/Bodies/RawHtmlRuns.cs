using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// The tree of a body that holds raw HTML (or Markdig markup <see cref="MarkdigHtmlReader"/> does not read): Markdig's
/// own markup is read as for any body, and only the top-level blocks around raw HTML are parsed by AngleSharp and
/// sanitized, each run of them on its own, ended where the HTML parser is back in the body with nothing left open. A
/// 2 MB table beside one line of raw HTML then costs what the table alone costs, not a DOM of the whole body, and
/// each run is read as parsing the whole body would read it.
/// </summary>
internal static class RawHtmlRuns
{
    /// <summary>
    /// How many times a run of blocks that leaves an element open is extended to the next block with raw HTML (the
    /// "&lt;details&gt; … Markdown … &lt;/details&gt;" form takes one) before the rest of the body is read in one parse:
    /// each extension parses the run again.
    /// </summary>
    private const int Extensions = 8;

    /// <summary>The tree of <paramref name="document"/>, whose HTML is <paramref name="html"/>.</summary>
    public static BodyNode Read(MarkdownDocument document, ReadOnlyMemory<char> html, MarkdownPipeline pipeline)
    {
        var root = BodyNode.Element("body");
        if (BlockEnds(document, html, pipeline) is not { } ends)
        {
            ReadAll(html, root);
            return root;
        }

        var count = document.Count;
        var i = 0;
        while (i < count)
        {
            var start = i == 0 ? 0 : ends[i - 1];
            var last = i;
            if (!BodyRenderer.HasRawHtml(document[i]))
            {
                while (last + 1 < count && !BodyRenderer.HasRawHtml(document[last + 1]))
                {
                    last++;
                }

                if (MarkdigHtmlReader.Read(html[start..ends[last]]) is { } part)
                {
                    MoveChildren(part, root);
                    i = last + 1;
                    continue;
                }
            }

            // The blocks up to one after which the HTML parser is back in the body with nothing left open: then
            // parsing them alone builds what parsing the whole body builds for them.
            var extensions = 0;
            while (!ReadIfClosed(html[start..ends[last]], root))
            {
                do
                {
                    last++;
                }
                while (last < count && !BodyRenderer.HasRawHtml(document[last]));

                if (last == count || ++extensions > Extensions)
                {
                    ReadAll(html[start..], root);
                    return root;
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
    /// false when something is left open.
    /// </summary>
    private static bool ReadIfClosed(ReadOnlyMemory<char> html, BodyNode root)
    {
        if (ParseFragment($"{html}<{End}></{End}>") is not { LastChild: IElement { LocalName: End } } parsed)
        {
            return false;
        }

        using var marks = BodySanitizer.Mark(parsed);
        var children = parsed.ChildNodes;
        for (var i = 0; i < children.Length - 1; i++)
        {
            Copy(children[i], root, marks);
        }

        return true;
    }

    /// <summary>Parses and sanitizes <paramref name="html"/>, the rest of a body, into <paramref name="root"/>.</summary>
    private static void ReadAll(ReadOnlyMemory<char> html, BodyNode root)
    {
        if (ParseFragment(html.ToString()) is { } parsed)
        {
            using var marks = BodySanitizer.Mark(parsed);
            CopyChildren(parsed, root, marks);
        }
    }

    // A parser is not thread-safe but can be reused: one per thread spares setting one up for every body.
    [ThreadStatic]
    private static HtmlParser? _parser;

    // What a fragment is parsed in: only its name counts, so one serves every fragment of the thread.
    [ThreadStatic]
    private static IElement? _context;

    /// <summary>
    /// The element holding the nodes of <paramref name="html"/> parsed as a body's content, in a document of their own;
    /// null when it holds none.
    /// </summary>
    private static IHtmlElement? ParseFragment(string html)
    {
        var parser = _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        _context ??= parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>").Body!;
        return parser.ParseFragment(html, _context) is [{ Parent: IHtmlElement parsed }, ..] ? parsed : null;
    }

    /// <summary>Copies what the sanitizer keeps of <paramref name="node"/>.</summary>
    private static void Copy(INode node, BodyNode into, BodySanitizer.Marks marks)
    {
        switch (marks.FateOf(node))
        {
            case BodySanitizer.Fate.Unwrap:
                CopyChildren(node, into, marks);
                break;
            case BodySanitizer.Fate.Keep when node is IText text:
                into.Append(BodyNode.TextNode(text.Data.AsMemory()));
                break;
            case BodySanitizer.Fate.Keep:
                var element = (IElement)node;
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
                CopyChildren(node, copy, marks);
                break;
        }
    }

    private static void CopyChildren(INode node, BodyNode into, BodySanitizer.Marks marks)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Copy(children[i], into, marks);
        }
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
