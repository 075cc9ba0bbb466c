using System.Buffers;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// Reads the HTML Markdig writes for a body without raw HTML into the tree an HTML5 parser would build from it.
/// Markdig's own markup is regular (double-quoted attributes, every element closed, text escaped), so a strict reader
/// suffices; wherever the HTML5 tree construction would do more than nest elements as written (implied tbody, a block
/// that closes an open p, a link inside a link, text foster-parented out of a table), it returns null and the body
/// is read as raw HTML is (<see cref="RawHtmlRuns"/>). It builds only elements the sanitizer allows.
/// </summary>
internal static class MarkdigHtmlReader
{
    internal static readonly HashSet<string> Known =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "a", "img",
        "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "col", "colgroup", "div", "span", "sup", "sub", "del",
        "ins", "mark", "section",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Void = ["br", "hr", "img", "col"];

    /// <summary>Start tags that close an open p (HTML §13.2.6.4.7), here simply refused inside one.</summary>
    private static readonly HashSet<string> ClosesParagraph =
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "div", "section"];

    /// <summary>Where only whitespace text stays in place; other text would be moved before the table.</summary>
    private static readonly HashSet<string> TableContext = ["table", "thead", "tbody", "tr", "colgroup"];

    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&\r\0");

    private static readonly SearchValues<char> AttributeStops = SearchValues.Create("\"&\r\0");

    /// <summary>The tree of <paramref name="source"/>, whose text nodes are slices of it; null when it is not Markdig's plain output.</summary>
    public static BodyNode? Read(ReadOnlyMemory<char> source)
    {
        var html = source.Span;
        var root = BodyNode.Element("body");
        var current = root;

        // A text without character references is a slice of the HTML; one with them is decoded into the builder.
        var text = new StringBuilder();
        var start = 0;
        var decoded = false;
        var i = 0;
        var run = 0;
        while (i < html.Length)
        {
            var stop = html[i..].IndexOfAny(TextStops);
            if (stop < 0)
            {
                run = html.Length - i;
                i = html.Length;
                break;
            }

            i += stop;
            switch (html[i])
            {
                case '&':
                    if (!decoded)
                    {
                        text.Clear().Append(html[start..i]);
                        decoded = true;
                    }
                    else
                    {
                        text.Append(html.Slice(i - stop, stop));
                    }

                    if (!Entity(html, ref i, text))
                    {
                        return null;
                    }

                    break;
                case '<':
                    if (!FlushText(current, TextOf(source, start, i, stop, decoded, text)) || Tag(html, ref i, ref current) is false)
                    {
                        return null;
                    }

                    (start, decoded) = (i, false);
                    break;
                default:
                    // The HTML parser turns CR into LF and drops NUL: neither comes from Markdig.
                    return null;
            }
        }

        return FlushText(current, TextOf(source, start, i, run, decoded, text)) && current == root ? root : null;
    }

    // The text from start to end: its slice, or the decoded text with the run of plain characters before end added.
    private static ReadOnlyMemory<char> TextOf(ReadOnlyMemory<char> html, int start, int end, int run, bool decoded, StringBuilder text) =>
        decoded ? text.Append(html.Span.Slice(end - run, run)).ToString().AsMemory() : html.Slice(start, end - start);

    private static bool FlushText(BodyNode current, ReadOnlyMemory<char> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        if (TableContext.Contains(current.Name!) && !IsWhitespace(text.Span))
        {
            return false;
        }

        // After <pre> the parser drops a leading newline; Markdig always opens <code> first.
        if (current.Name == "pre" && current.FirstChild is null)
        {
            return false;
        }

        current.Append(BodyNode.TextNode(text));
        return true;
    }

    private static bool? Tag(ReadOnlySpan<char> html, ref int i, ref BodyNode current)
    {
        var end = html.Length > i + 1 && html[i + 1] == '/';
        var at = i + (end ? 2 : 1);
        var nameStart = at;
        while (at < html.Length && html[at] is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            at++;
        }

        if (!KnownNames.TryGetValue(html[nameStart..at], out var name))
        {
            return false;
        }

        // In a column group any other tag closes the group first, as the parser's "in column group" mode does.
        if (current.Name == "colgroup" && !(end ? name == "colgroup" : name == "col"))
        {
            current = current.Parent!;
        }

        if (end)
        {
            if (at >= html.Length || html[at] != '>' || current.Name != name)
            {
                return false;
            }

            current = current.Parent!;
            i = at + 1;
            return true;
        }

        var element = BodyNode.Element(name);
        while (true)
        {
            if (at < html.Length && html[at] == '>')
            {
                at++;
                break;
            }

            if (at + 2 < html.Length && html[at] == ' ' && html[at + 1] == '/' && html[at + 2] == '>')
            {
                at += 3;
                if (!Void.Contains(name))
                {
                    return false;
                }

                break;
            }

            if (!Attribute(html, ref at, element))
            {
                return false;
            }
        }

        i = at;
        if (name == "col" && current.Name == "table")
        {
            // A col directly in a table gets an implied colgroup (HTML §13.2.6.4.9).
            var group = BodyNode.Element("colgroup");
            current.Append(group);
            current = group;
        }

        if (!Fits(name, current))
        {
            return false;
        }

        current.Append(element);
        if (!Void.Contains(name))
        {
            current = element;
        }

        return true;
    }

    private static bool Fits(string name, BodyNode parent) => name switch
    {
        "tr" => parent.Name is "thead" or "tbody",
        "td" or "th" => parent.Name == "tr",
        "thead" or "tbody" or "colgroup" => parent.Name == "table",
        "col" => parent.Name == "colgroup",
        "li" => parent.Name is "ul" or "ol",
        "a" => parent.Name != "a" && !parent.HasAncestor("a"),
        "table" => !TableContext.Contains(parent.Name!) && parent.Name != "p" && !parent.HasAncestor("p") && !parent.HasAncestor("table"),
        _ when name[0] == 'h' && name.Length == 2 && name[1] is >= '1' and <= '6' =>
            parent.Name is not ("p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") && !parent.HasAncestor("p") && !TableContext.Contains(parent.Name!),
        _ => !TableContext.Contains(parent.Name!) && (!ClosesParagraph.Contains(name) || (parent.Name != "p" && !parent.HasAncestor("p"))),
    };

    private static bool Attribute(ReadOnlySpan<char> html, ref int at, BodyNode element)
    {
        if (at >= html.Length || html[at] != ' ')
        {
            return false;
        }

        var start = ++at;
        while (at < html.Length && html[at] is (>= 'a' and <= 'z') or '-')
        {
            at++;
        }

        if (at == start || at + 1 >= html.Length || html[at] != '=' || html[at + 1] != '"')
        {
            return false;
        }

        var name = html[start..at].ToString();
        at += 2;
        var close = html[at..].IndexOf('"') is var quote and >= 0 ? at + quote : -1;
        var plain = close >= 0 && html[at..close].IndexOfAny(AttributeStops) < 0;
        var value = plain ? null : new StringBuilder();
        while (!plain)
        {
            var stop = html[at..].IndexOfAny(AttributeStops);
            if (stop < 0)
            {
                return false;
            }

            value!.Append(html.Slice(at, stop));
            at += stop;
            if (html[at] == '"')
            {
                at++;
                break;
            }

            if (html[at] != '&' || !Entity(html, ref at, value))
            {
                return false;
            }
        }

        if (element.Get(name) is not null)
        {
            // The parser keeps the first of two equal attributes; Markdig never writes two.
            return false;
        }

        element.Attributes.Add((name, plain ? html[at..close].ToString() : value!.ToString()));
        at = plain ? close + 1 : at;
        return true;
    }

    /// <summary>The references Markdig writes: its four escapes and numeric ones such as the footnote's &amp;#8617;.</summary>
    private static bool Entity(ReadOnlySpan<char> html, ref int i, StringBuilder text)
    {
        var semicolon = html.Slice(i, Math.Min(12, html.Length - i)).IndexOf(';') is var found and >= 0 ? i + found : -1;
        if (semicolon < 0)
        {
            return false;
        }

        var name = html.Slice(i + 1, semicolon - i - 1);
        string? decoded = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            _ => Numeric(name),
        };
        if (decoded is null)
        {
            return false;
        }

        text.Append(decoded);
        i = semicolon + 1;
        return true;
    }

    // Only code points the parser takes as they are: not NUL, C1 controls (read as windows-1252), surrogates or noncharacters.
    private static string? Numeric(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || name[0] != '#')
        {
            return null;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.Length == 0 || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        var plain = code is (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (>= 0xE000 and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF);
        return plain && (code & 0xFFFE) != 0xFFFE ? char.ConvertFromUtf32(code) : null;
    }

    private static bool IsWhitespace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\n' or '\f'))
            {
                return false;
            }
        }

        return true;
    }
}
