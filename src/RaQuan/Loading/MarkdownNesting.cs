using System.Numerics;

namespace RaQuan.Loading;

/// <summary>
/// Finds lists and quotes nested past <see cref="ContentLimits.MarkdownNesting"/>, in one pass over the text and
/// before Markdig sees it: Markdig refuses such text only after parsing all of it, at a cost that grows with the
/// depth on every line (a 2 MB file of "&gt; &gt; &gt; …" lines takes seconds).
/// </summary>
/// <remarks>
/// The count follows CommonMark closely enough for a limit: each "&gt;" and list marker at the start of a line opens a
/// level, and a line indented to an open list item's text stays inside it. Fenced code, indented code and thematic
/// breaks ("- - -") open nothing. Markdig's own limit stays behind this one for what it misses.
/// </remarks>
internal static class MarkdownNesting
{
    /// <summary>The 1-based line and depth of the first line nested too deep, or null.</summary>
    public static (int Line, int Depth)? TooDeep(ReadOnlySpan<char> markdown) => TooDeep<char>(markdown);

    /// <summary>
    /// The same, over the UTF-8 bytes of a text without carriage returns: every mark counted is ASCII, and a byte of
    /// a longer character is never one, so loading can check a body it does not decode.
    /// </summary>
    public static (int Line, int Depth)? TooDeepUtf8(ReadOnlySpan<byte> markdown) => TooDeep<byte>(markdown);

    private static (int Line, int Depth)? TooDeep<T>(ReadOnlySpan<T> markdown)
        where T : unmanaged, IBinaryInteger<T>
    {
        var items = new List<int>();
        T? fence = null;
        var number = 0;
        foreach (var range in markdown.Split(A<T>('\n')))
        {
            number++;
            var line = markdown[range];
            var (indent, at) = Indent(line, 0, 0);
            if (at == line.Length)
            {
                continue;
            }

            while (items.Count > 0 && items[^1] > indent)
            {
                items.RemoveAt(items.Count - 1);
            }

            var rest = line[at..];
            if (fence is { } open)
            {
                fence = IsFence(rest, open) ? null : fence;
                continue;
            }

            if (IsFence(rest, A<T>('`')) || IsFence(rest, A<T>('~')))
            {
                fence = rest[0];
                continue;
            }

            if (indent - (items.Count > 0 ? items[^1] : 0) >= 4 || IsThematicBreak(rest))
            {
                continue;
            }

            var depth = items.Count + Markers(line, at, indent, items);
            if (depth > ContentLimits.MarkdownNesting)
            {
                return (number, depth);
            }
        }

        return null;
    }

    /// <summary>Counts the quote and list markers that open the line; each list item's text column is kept for the lines after it.</summary>
    private static int Markers<T>(ReadOnlySpan<T> line, int at, int column, List<int> items)
        where T : unmanaged, IBinaryInteger<T>
    {
        var count = 0;
        while (at < line.Length)
        {
            var width = MarkerWidth(line[at..]);
            if (width == 0)
            {
                return count;
            }

            var quote = line[at] == A<T>('>');
            (column, at) = Indent(line, column + width, at + width);
            if (!quote)
            {
                items.Add(column);
            }

            count++;
        }

        return count;
    }

    private static int MarkerWidth<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (text[0] == A<T>('>'))
        {
            return 1;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && text[digits] >= A<T>('0') && text[digits] <= A<T>('9'))
        {
            digits++;
        }

        var width = digits > 0
            ? digits < text.Length && (text[digits] == A<T>('.') || text[digits] == A<T>(')')) ? digits + 1 : 0
            : text[0] == A<T>('-') || text[0] == A<T>('*') || text[0] == A<T>('+') ? 1 : 0;

        // A marker is followed by a space, a tab or the end of the line: "-5" and "*bold*" are text.
        return width > 0 && (width == text.Length || text[width] == A<T>(' ') || text[width] == A<T>('\t')) ? width : 0;
    }

    /// <summary>The column and position after the spaces and tabs from <paramref name="at"/> (a tab stops at a multiple of 4).</summary>
    private static (int Column, int At) Indent<T>(ReadOnlySpan<T> line, int column, int at)
        where T : unmanaged, IBinaryInteger<T>
    {
        while (at < line.Length && IsSpace(line[at]))
        {
            column = line[at] == A<T>('\t') ? (column / 4 + 1) * 4 : column + 1;
            at++;
        }

        return (column, at);
    }

    // Three backticks or tildes.
    private static bool IsFence<T>(ReadOnlySpan<T> text, T mark)
        where T : unmanaged, IBinaryInteger<T> =>
        text.Length >= 3 && text[0] == mark && text[1] == mark && text[2] == mark;

    private static bool IsThematicBreak<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        var mark = text[0];
        if (mark != A<T>('-') && mark != A<T>('*') && mark != A<T>('_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (c == mark)
            {
                count++;
            }
            else if (!IsSpace(c))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool IsSpace<T>(T c)
        where T : unmanaged, IBinaryInteger<T> => c == A<T>(' ') || c == A<T>('\t') || c == A<T>('\r');

    // An ASCII character as a UTF-16 unit or a UTF-8 byte.
    private static T A<T>(char ascii)
        where T : unmanaged, IBinaryInteger<T> => T.CreateTruncating(ascii);
}
