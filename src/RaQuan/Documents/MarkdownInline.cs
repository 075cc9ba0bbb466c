namespace RaQuan.Documents;

/// <summary>Inline fixes for one line of content: footnote marks become Markdig footnotes, "08^h30'" becomes "08h30".</summary>
internal sealed class MarkdownInline(IReadOnlySet<string> footnotes)
{
    public string Convert(string text)
    {
        var s = BodyPatterns.CaretTime().Replace(text, m => m.Groups["h"].Value + "h" + m.Groups["m"].Value);
        return FootnoteMarks.Replace(s, mark => footnotes.Contains(mark) ? $"[^{mark}]" : null);
    }

    /// <summary>Heading text: emphasis is redundant there and a bold marker left open would swallow the rest of the page.</summary>
    public string Heading(string text) => Convert(text.Replace("**", "", StringComparison.Ordinal).Trim());

    /// <summary>A table cell on one line with its pipes escaped; HTML in it is kept for the renderer to sanitise.</summary>
    public string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Convert(text))
        {
            builder.Append(c switch
            {
                '|' => "\\|",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
