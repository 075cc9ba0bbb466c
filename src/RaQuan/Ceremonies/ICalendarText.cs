namespace RaQuan.Ceremonies;

/// <summary>The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): escaping, and folding at 75 octets.</summary>
public static class ICalendarText
{
    private const int MaxOctets = 75;

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks (§3.3.11).</summary>
    public static string Escape(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            _ = c switch
            {
                '\\' => b.Append(@"\\"),
                ';' => b.Append(@"\;"),
                ',' => b.Append(@"\,"),
                '\n' or '\r' => b.Append(@"\n"),
                _ => b.Append(c),
            };
        }

        return b.ToString();
    }

    /// <summary>
    /// Appends one content line, folded so that no line exceeds 75 octets of UTF-8 (§3.1): a continuation starts with
    /// a space, which counts towards its 75. Folds fall between characters, never inside a character's UTF-8 bytes or
    /// between the halves of a surrogate pair, so every line is valid UTF-8 on its own.
    /// </summary>
    public static void AppendLine(StringBuilder output, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }
}
