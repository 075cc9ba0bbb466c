namespace RaQuan.Documents;

/// <summary>Splits the input into <see cref="SourceLine"/>s and computes their plain form.</summary>
internal static partial class SourceText
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var normalized = VietnameseText.Nfc(text);
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var span in normalized.AsSpan().EnumerateLines())
        {
            number++;
            var raw = Clean(span);
            lines.Add(new SourceLine(number, raw, ToPlain(raw)));
        }

        return lines;
    }

    /// <summary>Removes Markdown emphasis, heading markers and footnote marks, and collapses spaces (tabs stay: they separate cells).</summary>
    public static string ToPlain(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var s = text.TrimStart().StartsWith('#') ? HeadingMarker().Replace(text, "") : text;
        s = FootnoteMarks.Remove(s);
        if (s.Contains('*', StringComparison.Ordinal) || s.Contains("__", StringComparison.Ordinal))
        {
            s = s.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        }

        s = s.Contains("  ", StringComparison.Ordinal) || s.Contains('\u2009', StringComparison.Ordinal) || s.Contains('\u202F', StringComparison.Ordinal) ? Spaces().Replace(s, " ") : s;
        return s.Trim();
    }

    /// <summary>Trailing whitespace (Markdown hard breaks) and control characters other than tab carry no meaning here.</summary>
    private static string Clean(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t' || !char.IsControl(c))
            {
                builder.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"[ \u2009\u202F]{2,}")]
    private static partial Regex Spaces();
}
