namespace RaQuan.Loading;

/// <summary>A Markdown file split into its YAML front matter and body.</summary>
/// <param name="Yaml">The front matter text, or null when the file has none.</param>
/// <param name="YamlLine">File line of the first front matter line.</param>
/// <param name="Text">The whole text.</param>
/// <param name="BodyIndex">Where the body starts in <paramref name="Text"/>.</param>
/// <param name="BodyLine">File line where the body starts.</param>
internal sealed record FrontMatter(string? Yaml, int YamlLine, string Text, int BodyIndex, int BodyLine)
{
    /// <summary>The Markdown after the front matter, copied out of the text when asked for: loading a plan whose
    /// front matter gives its title reads the body without needing it as a string of its own.</summary>
    public string Body => Text[BodyIndex..];

    /// <inheritdoc cref="Body"/>
    public ReadOnlySpan<char> BodySpan => Text.AsSpan(BodyIndex);

    /// <summary>Splits <paramref name="text"/> (already with "\n" line ends); null when front matter opens but never closes.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter(null, 0, text, 0, 1);
        }

        var line = 2;
        var start = 4;
        for (var pos = start; pos <= text.Length;)
        {
            var end = text.IndexOf('\n', pos);
            var current = (end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos)).TrimEnd();
            if (current is "---" or "...")
            {
                return new FrontMatter(text[start..pos], 2, text, end < 0 ? text.Length : end + 1, line + 1);
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

    /// <summary>
    /// Where the body starts in the UTF-8 bytes of a file, found without decoding the file, or -1 when only
    /// <see cref="Split"/> on the decoded text can tell: a byte order mark, no front matter, a carriage return in
    /// the front matter, a closing line that may end in non-ASCII spaces, or none. The body is then the decoded text
    /// of the bytes from there: a line break ends the front matter, and nothing composes across one.
    /// </summary>
    public static int BodyStart(ReadOnlySpan<byte> utf8)
    {
        if (!utf8.StartsWith("---\n"u8))
        {
            return -1;
        }

        for (var pos = 4; pos < utf8.Length;)
        {
            var length = utf8[pos..].IndexOf((byte)'\n');
            var line = length < 0 ? utf8[pos..] : utf8.Slice(pos, length);
            if (line.Contains((byte)'\r'))
            {
                return -1;
            }

            if (line.StartsWith("---"u8) || line.StartsWith("..."u8))
            {
                var rest = line[3..];
                if (rest.IndexOfAnyExcept(" \t\v\f"u8) < 0)
                {
                    return length < 0 ? utf8.Length : pos + length + 1;
                }

                // Other spaces the decoded text may trim (no-break, Unicode, separators) are for Split to judge.
                if (rest.ContainsAnyInRange((byte)0x80, (byte)0xFF) || rest.ContainsAnyInRange((byte)0, (byte)0x1F))
                {
                    return -1;
                }
            }

            if (length < 0)
            {
                break;
            }

            pos += length + 1;
        }

        return -1;
    }
}
