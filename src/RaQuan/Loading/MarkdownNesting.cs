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
    public static (int Line, int Depth)? TooDeep(ReadOnlySpan<char> markdown)
    {
        var items = new List<int>();
        string? fence = null;
        var number = 0;
        foreach (var range in markdown.Split('\n'))
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
            if (fence is not null || IsFence(rest))
            {
                fence = fence is null ? rest[..3].ToString() : rest.StartsWith(fence) ? null : fence;
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
    private static int Markers(ReadOnlySpan<char> line, int at, int column, List<int> items)
    {
        var count = 0;
        while (at < line.Length)
        {
            var width = MarkerWidth(line[at..]);
            if (width == 0)
            {
                return count;
            }

            var quote = line[at] == '>';
            (column, at) = Indent(line, column + width, at + width);
            if (!quote)
            {
                items.Add(column);
            }

            count++;
        }

        return count;
    }

    private static int MarkerWidth(ReadOnlySpan<char> text)
    {
        if (text[0] == '>')
        {
            return 1;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var width = digits > 0
            ? digits < text.Length && text[digits] is '.' or ')' ? digits + 1 : 0
            : text[0] is '-' or '*' or '+' ? 1 : 0;

        // A marker is followed by a space, a tab or the end of the line: "-5" and "*bold*" are text.
        return width > 0 && (width == text.Length || text[width] is ' ' or '\t') ? width : 0;
    }

    /// <summary>The column and position after the spaces and tabs from <paramref name="at"/> (a tab stops at a multiple of 4).</summary>
    private static (int Column, int At) Indent(ReadOnlySpan<char> line, int column, int at)
    {
        while (at < line.Length && line[at] is ' ' or '\t' or '\r')
        {
            column = line[at] == '\t' ? (column / 4 + 1) * 4 : column + 1;
            at++;
        }

        return (column, at);
    }

    private static bool IsFence(ReadOnlySpan<char> text) => text.StartsWith("```") || text.StartsWith("~~~");

    private static bool IsThematicBreak(ReadOnlySpan<char> text)
    {
        var mark = text[0];
        if (mark is not ('-' or '*' or '_'))
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
            else if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return count >= 3;
    }
}
