using System.Buffers;
using System.Collections.Frozen;

namespace RaQuan.Loading;

/// <summary>A shape of text <see cref="SlowShapes"/> refuses: which, its 1-based line, and for raw HTML the element left open.</summary>
internal sealed record SlowShape(SlowShapeKind Kind, int Line, string? Element = null);

internal enum SlowShapeKind
{
    /// <summary>Link addresses ("](") that do not end.</summary>
    UnendingLinks,

    /// <summary>Raw HTML elements left open inside one another.</summary>
    OpenElements,

    /// <summary>More raw HTML tags than <see cref="ContentLimits.HtmlTags"/>.</summary>
    ManyTags,
}

/// <summary>
/// Finds the shapes of text on which the libraries a body goes through take time that grows with the square of its
/// length: link addresses that never end (Markdig) and raw HTML elements left open inside one another (AngleSharp).
/// Both checks read the text once, so the time a body takes stays in proportion to its length within
/// <see cref="ContentLimits.MarkdownBytes"/>. Found, the body is refused with the line and what to change.
/// </summary>
internal static class SlowShapes
{
    // Elements that never hold others (void) or that the next one of their kind closes by itself: neither nests.
    private static readonly FrozenSet<string> NotNesting = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option", "optgroup", "rb", "rt", "rp");

    private static readonly SearchValues<char> SpaceOrParenthesis = SearchValues.Create(" \t\n\r\f\v()");

    /// <summary>The first slow shape in <paramref name="markdown"/>, or null.</summary>
    public static SlowShape? Find(ReadOnlySpan<char> markdown) =>
        UnendingLinks(markdown) is { } at ? new SlowShape(SlowShapeKind.UnendingLinks, LineOf(markdown, at))
        : OpenElements(markdown) is { } open
            ? new SlowShape(open.Name is null ? SlowShapeKind.ManyTags : SlowShapeKind.OpenElements, LineOf(markdown, open.At), open.Name)
        : null;

    /// <summary>
    /// Where the link address that takes the characters Markdig reads past <see cref="ContentLimits.LinkScan"/>
    /// starts, or null. Markdig reads an address (CommonMark §6.3) from "](" to a space or line end, or to the ")"
    /// that closes it, and then a title in quotes or parentheses to its closing mark. Each is counted here as Markdig
    /// reads it, and the count stops at the limit, so this reads at most the text and the limit.
    /// </summary>
    private static int? UnendingLinks(ReadOnlySpan<char> text)
    {
        long read = 0;
        for (var at = text.IndexOf("](", StringComparison.Ordinal); at >= 0;)
        {
            var start = at + 2;
            var end = AddressEnd(text, start);
            read += end - start;
            if (end < text.Length && text[end] is ' ' or '\t' or '\n' && TitleEnd(text, end, ContentLimits.LinkScan - read) is var title and > 0)
            {
                read += title;
            }

            if (read > ContentLimits.LinkScan)
            {
                return at;
            }

            var next = text[start..].IndexOf("](", StringComparison.Ordinal);
            at = next < 0 ? -1 : start + next;
        }

        return null;
    }

    // Where an address that starts at start ends: a space or control character, or the ")" that balances.
    private static int AddressEnd(ReadOnlySpan<char> text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length;)
        {
            var found = text[i..].IndexOfAny(SpaceOrParenthesis);
            if (found < 0)
            {
                return text.Length;
            }

            i += found;
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return i;
                case ')':
                    depth--;
                    break;
                default:
                    return i;
            }

            i++;
        }

        return text.Length;
    }

    // How many characters a title after the address at "from" makes Markdig read: to its closing mark, or at most
    // "most"; 0 when no title follows.
    private static long TitleEnd(ReadOnlySpan<char> text, int from, long most)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\n')
        {
            i++;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
        }

        if (i >= text.Length || text[i] is not ('"' or '\'' or '('))
        {
            return 0;
        }

        var close = text[i] == '(' ? ')' : text[i];
        var rest = text[(i + 1)..];
        var window = rest[..(int)Math.Min(rest.Length, Math.Max(0, most) + 1)];
        var found = window.IndexOf(close);
        return found >= 0 ? found : window.Length;
    }

    /// <summary>
    /// Where raw HTML first opens an element <see cref="ContentLimits.HtmlNesting"/> + 1 levels deep, or null. An end
    /// tag closes the innermost open element of its name and those inside it, as an HTML parser does, and one of no
    /// open element closes nothing. A tag in a code span counts too: a plan that shows that much HTML as code is not a plan.
    /// Also where the tags first number more than <see cref="ContentLimits.HtmlTags"/>, with no name.
    /// </summary>
    private static (int At, string? Name)? OpenElements(ReadOnlySpan<char> text)
    {
        var open = new List<string>();
        var tags = 0;
        for (var at = text.IndexOf('<'); at >= 0 && at + 1 < text.Length;)
        {
            var closing = text[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
            {
                nameEnd++;
            }

            // A tag ends at ">" before the next "<"; "a < b" and "<3" are text.
            var next = text[(at + 1)..].IndexOf('<');
            var tagEnd = next < 0 ? text.Length : at + 1 + next;
            var gt = text[at..tagEnd].IndexOf('>');
            // A name then a space, "/" or ">": "<https://…>" and "<a@b.vn>" are links, not tags.
            if (nameEnd > nameStart && char.IsAsciiLetter(text[nameStart]) && gt > 0 && text[nameEnd] is ' ' or '\t' or '\n' or '/' or '>')
            {
                if (++tags > ContentLimits.HtmlTags)
                {
                    return (at, null);
                }

                var name = text[nameStart..nameEnd].ToString().ToLowerInvariant();
                if (NotNesting.Contains(name) || text[at + gt - 1] == '/')
                {
                    // Neither opens an element that another could be inside.
                }
                else if (closing)
                {
                    var innermost = open.LastIndexOf(name);
                    if (innermost >= 0)
                    {
                        open.RemoveRange(innermost, open.Count - innermost);
                    }
                }
                else
                {
                    open.Add(name);
                    if (open.Count > ContentLimits.HtmlNesting)
                    {
                        return (at, name);
                    }
                }
            }

            at = next < 0 ? -1 : at + 1 + next;
        }

        return null;
    }

    private static int LineOf(ReadOnlySpan<char> text, int at) => text[..at].Count('\n') + 1;
}
