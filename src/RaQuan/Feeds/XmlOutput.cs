using System.Buffers;
using System.Xml;

namespace RaQuan.Feeds;

/// <summary>Helpers for XML output.</summary>
internal static class XmlOutput
{
    // The characters XmlConvert.IsXmlChar refuses, surrogates aside (a pair is one allowed character).
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    // What WriteText must look at: the characters XML escapes, line ends, the control characters XML forbids, and
    // 0xEF, the first byte of U+FFFE and U+FFFF.
    private static readonly SearchValues<byte> TextSpecial = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA)).Select(c => (byte)c), (byte)'<', (byte)'>', (byte)'&', 0xEF]);

    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    /// <summary>
    /// An XML document in UTF-8, declared so, ending with a line break, written into <paramref name="output"/> as it
    /// is made: a feed made as a string was copied three times more, and a quarter-megabyte buffer per feed landed
    /// on the large object heap, which cost three full collections while the feeds were written.
    /// </summary>
    public static void Write(Stream output, Action<XmlWriter> body)
    {
        using (var w = XmlWriter.Create(output, Settings))
        {
            w.WriteStartDocument();
            body(w);
            w.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }

    /// <inheritdoc cref="Write"/>
    public static byte[] Document(Action<XmlWriter> body)
    {
        using var output = new MemoryStream();
        Write(output, body);
        return output.ToArray();
    }

    /// <summary>Removes characters XML 1.0 forbids (control characters pasted from Word), which would otherwise stop the build.</summary>
    public static string Clean(string text)
    {
        // One vectorised scan: feeds pass every plan's whole body through here, and nearly none holds such a character.
        if (!text.AsSpan().ContainsAny(Forbidden))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes <paramref name="utf8"/> (valid UTF-8) as the text of the element <paramref name="writer"/> has just
    /// started, straight into <paramref name="output"/>, the stream under the writer: the same bytes as
    /// <c>writer.WriteString(Clean(text))</c>, without decoding a plan's whole body into a string only to encode it
    /// again. Feeds carry thousands of full bodies.
    /// </summary>
    public static void WriteText(XmlWriter writer, Stream output, ReadOnlySpan<byte> utf8)
    {
        // Nothing to write leaves the element empty ("<x />"), as an empty string does.
        if (!HasKeptCharacter(utf8))
        {
            return;
        }

        // An empty text ends the start tag; flushed, the writer has handed the stream all it wrote.
        writer.WriteString("");
        writer.Flush();
        while (!utf8.IsEmpty)
        {
            var i = utf8.IndexOfAny(TextSpecial);
            if (i < 0)
            {
                output.Write(utf8);
                return;
            }

            output.Write(utf8[..i]);
            var skip = 1;
            switch (utf8[i])
            {
                case (byte)'<':
                    output.Write("&lt;"u8);
                    break;
                case (byte)'>':
                    output.Write("&gt;"u8);
                    break;
                case (byte)'&':
                    output.Write("&amp;"u8);
                    break;
                case (byte)'\r':
                    // XmlWriter's NewLineHandling.Replace: "\r\n" and "\r" alone become the new line, "\n" here.
                    // Characters dropped between "\r" and "\n" are not there for it.
                    output.WriteByte((byte)'\n');
                    var next = i + 1;
                    while (next < utf8.Length && DroppedWidth(utf8, next) is var width and > 0)
                    {
                        next += width;
                    }

                    skip = next < utf8.Length && utf8[next] == '\n' ? next + 1 - i : 1;
                    break;
                default:
                    // A control character, U+FFFE or U+FFFF is dropped, as Clean drops it; any other character from U+F000 is kept.
                    var dropped = DroppedWidth(utf8, i);
                    if (dropped == 0)
                    {
                        output.WriteByte(utf8[i]);
                    }

                    skip = Math.Max(dropped, 1);

                    break;
            }

            utf8 = utf8[(i + skip)..];
        }
    }

    // Whether any character survives what WriteText drops; nearly always decided by the first byte.
    private static bool HasKeptCharacter(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        while (i < utf8.Length && DroppedWidth(utf8, i) is var width and > 0)
        {
            i += width;
        }

        return i < utf8.Length;
    }

    // The length in bytes of the character XML forbids that starts at i (a control character, U+FFFE, U+FFFF), 0 if another starts there.
    private static int DroppedWidth(ReadOnlySpan<byte> utf8, int i) => utf8[i] switch
    {
        < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r') => 1,
        0xEF when utf8.Length > i + 2 && utf8[i + 1] == 0xBF && utf8[i + 2] is 0xBE or 0xBF => 3,
        _ => 0,
    };

    /// <summary>
    /// Plain text made into HTML text. Readers show an RSS description as HTML (RSS 2.0: "entity-encoded HTML is
    /// allowed"), so a summary reading "&lt;img onerror=…&gt;" must reach them escaped, not as markup.
    /// </summary>
    public static string AsHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
