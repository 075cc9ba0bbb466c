using System.Buffers;
using RaQuan.Output;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// Writes a <see cref="BodyNode"/> tree as AngleSharp's HTML serializer writes the same DOM (void elements without a
/// slash, text escaping &amp; &lt; &gt; and no-break space, attribute values those and " too), in UTF-8: the form
/// every output writes a body in, made without a string of the whole body for each variant.
/// </summary>
internal static class BodyHtmlWriter
{
    private static readonly HashSet<string> Void = ["br", "hr", "img", "col"];

    // Up to five characters: SearchValues searches them vectorised, the text being mostly Vietnamese letters.
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&\u00a0<>");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&\u00a0<>\"");

    /// <summary>
    /// The inner HTML of <paramref name="root"/> in UTF-8; <paramref name="paste"/> writes it as
    /// the paste-ready variant: without the scroll regions and <see cref="BodyStructure.PasteStrippedAttributes"/>. Text is the same in every variant: after the first, given as
    /// <paramref name="first"/>, each text node's bytes are copied from it rather than encoded again.
    /// </summary>
    public static byte[] InnerHtml(BodyNode root, bool paste, byte[]? first = null)
    {
        var output = _output ??= new ArrayBufferWriter<byte>(16 * 1024);
        output.ResetWrittenCount();
        WriteChildren(output, root, paste, first);
        // Not cleared first: the collector's clearing of new memory was a twentieth of a build's samples, and these
        // arrays were seven tenths of its byte arrays.
        var html = GC.AllocateUninitializedArray<byte>(output.WrittenCount);
        output.WrittenSpan.CopyTo(html);
        if (output.Capacity > MarkdownRenderer.KeptCapacity)
        {
            _output = null;
        }

        return html;
    }

    /// <summary>Whether the paste-ready writing of <paramref name="root"/> differs from the page's: it has a wrapper or an attribute paste strips.</summary>
    public static bool PasteStrips(BodyNode root)
    {
        foreach (var element in root.Elements())
        {
            if (IsPasteWrapper(element) || (element.HasAttributes && element.Attributes.Exists(a => IsStrippedForPaste(a.Name))))
            {
                return true;
            }
        }

        return false;
    }

    // One per thread, reused across bodies: the three variants are each about as long as Markdig's output.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _output;

    private static void WriteChildren(ArrayBufferWriter<byte> output, BodyNode node, bool paste, byte[]? first)
    {
        foreach (var child in node.Children)
        {
            if (child.Name is null)
            {
                if (first is not null && child.WrittenAt >= 0)
                {
                    output.Write(first.AsSpan(child.WrittenAt, child.WrittenLength));
                    continue;
                }

                var at = output.WrittenCount;
                Escape(output, child.Text.Span, attribute: false);
                (child.WrittenAt, child.WrittenLength) = (at, output.WrittenCount - at);
            }
            else if (paste && IsPasteWrapper(child))
            {
                WriteChildren(output, child, paste, first);
            }
            else
            {
                WriteElement(output, child, paste, first);
            }
        }
    }

    private static void WriteElement(ArrayBufferWriter<byte> output, BodyNode element, bool paste, byte[]? first)
    {
        output.Write("<"u8);
        Write(output, element.Name);
        if (element.HasAttributes)
        {
            foreach (var (name, value) in element.Attributes)
            {
                if (paste && IsStrippedForPaste(name))
                {
                    continue;
                }

                output.Write(" "u8);
                Write(output, name);
                output.Write("=\""u8);
                Escape(output, value, attribute: true);
                output.Write("\""u8);
            }
        }

        output.Write(">"u8);
        if (Void.Contains(element.Name!))
        {
            return;
        }

        // The HTML parser drops a line end that opens a pre, so the serialisation algorithm writes one before a text
        // that starts with one (HTML §13.3).
        if (element.Name == "pre" && element.FirstChild is { Name: null, Text.Span: ['\n', ..] })
        {
            output.Write("\n"u8);
        }

        WriteChildren(output, element, paste, first);
        output.Write("</"u8);
        Write(output, element.Name);
        output.Write(">"u8);
    }

    private static void Escape(ArrayBufferWriter<byte> output, ReadOnlySpan<char> text, bool attribute)
    {
        // Most text has nothing to escape: find the next special character with a vectorised search.
        var special = attribute ? AttributeSpecial : TextSpecial;
        var rest = text;
        int at;
        while ((at = rest.IndexOfAny(special)) >= 0)
        {
            Write(output, rest[..at]);
            output.Write(rest[at] switch
            {
                '&' => "&amp;"u8,
                '\u00a0' => "&nbsp;"u8,
                '"' => "&quot;"u8,
                '<' => "&lt;"u8,
                _ => "&gt;"u8,
            });
            rest = rest[(at + 1)..];
        }

        Write(output, rest);
    }

    // Text between escapes holds no markup character, so no surrogate pair is cut; one alone becomes U+FFFD, as
    // encoding the whole text made it.
    private static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        output.Advance(Utf8Encoder.Encode(text, output.GetSpan(text.Length * 3)));
    }

    // What the paste-ready writing leaves out: the scroll region (its children stay) and attributes.
    private static bool IsPasteWrapper(BodyNode element) => element.Name == "div" && HasClass(element, BodyStructure.WrapperClass);

    private static bool IsStrippedForPaste(string attribute) => Array.IndexOf(BodyStructure.PasteStrippedAttributes, attribute) >= 0;

    // The class list as a selector reads it: whitespace-separated tokens.
    private static bool HasClass(BodyNode element, string name)
    {
        if (element.Get("class") is not { } value)
        {
            return false;
        }

        foreach (var token in value.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (value.AsSpan()[token].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
