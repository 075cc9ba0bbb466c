namespace RaQuan.Loading;

/// <summary>A Markdown file split into its YAML front matter and body.</summary>
/// <param name="Yaml">The front matter text, or null when the file has none.</param>
/// <param name="YamlLine">File line of the first front matter line.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">File line where the body starts.</param>
internal sealed record FrontMatter(string? Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Splits <paramref name="text"/> (already with "\n" line ends); null when front matter opens but never closes.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter(null, 0, text, 1);
        }

        var line = 2;
        var start = 4;
        for (var pos = start; pos <= text.Length;)
        {
            var end = text.IndexOf('\n', pos);
            var current = end < 0 ? text[pos..] : text[pos..end];
            if (current.TrimEnd() is "---" or "...")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(text[start..pos], 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            pos = end + 1;
            line++;
        }

        return null;
    }
}
