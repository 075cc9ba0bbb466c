using System.Buffers;
using System.Text;
using System.Xml;

namespace RaQuan.Feeds;

/// <summary>Helpers for XML output.</summary>
internal static class XmlOutput
{
    // The characters XmlConvert.IsXmlChar refuses, surrogates aside (a pair is one allowed character).
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c), '\uFFFE', '\uFFFF']);

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
    /// Plain text made into HTML text. Readers show an RSS description as HTML (RSS 2.0: "entity-encoded HTML is
    /// allowed"), so a summary reading "&lt;img onerror=…&gt;" must reach them escaped, not as markup.
    /// </summary>
    public static string AsHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
