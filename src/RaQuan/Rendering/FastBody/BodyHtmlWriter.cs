using System.Buffers;
using System.Text;
using RaQuan.Rendering.Html;

namespace RaQuan.Rendering.FastBody;

/// <summary>
/// Writes a <see cref="BodyNode"/> tree as AngleSharp's HTML serializer writes the same DOM: void elements without a
/// slash, text escaping &amp; &lt; &gt; and no-break space, attribute values those and " too.
/// </summary>
internal static class BodyHtmlWriter
{
    private static readonly HashSet<string> Void = ["br", "hr", "img", "col"];

    // Up to five characters: SearchValues searches them vectorised, the text being mostly Vietnamese letters.
    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&\u00a0<>");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&\u00a0<>\"");

    /// <summary>The inner HTML of <paramref name="root"/>; <paramref name="paste"/> writes it as <see cref="PasteReadyHtml"/> strips it.</summary>
    public static string InnerHtml(BodyNode root, bool paste)
    {
        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        WriteChildren(builder, root, paste);
        var html = builder.ToString();
        if (builder.Capacity > 1 << 20)
        {
            _builder = null;
        }

        return html;
    }

    /// <summary>Whether the paste-ready writing of <paramref name="root"/> differs from the page's: it has a wrapper or an attribute paste strips.</summary>
    public static bool PasteStrips(BodyNode root)
    {
        foreach (var element in root.Descendants())
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
    private static StringBuilder? _builder;

    private static void WriteChildren(StringBuilder builder, BodyNode node, bool paste)
    {
        foreach (var child in node.Children)
        {
            if (child.Name is null)
            {
                Escape(builder, child.Text.Span, attribute: false);
            }
            else if (paste && IsPasteWrapper(child))
            {
                WriteChildren(builder, child, paste);
            }
            else
            {
                WriteElement(builder, child, paste);
            }
        }
    }

    private static void WriteElement(StringBuilder builder, BodyNode element, bool paste)
    {
        builder.Append('<').Append(element.Name);
        if (element.HasAttributes)
        {
            foreach (var (name, value) in element.Attributes)
            {
                if (paste && IsStrippedForPaste(name))
                {
                    continue;
                }

                builder.Append(' ').Append(name).Append("=\"");
                Escape(builder, value, attribute: true);
                builder.Append('"');
            }
        }

        builder.Append('>');
        if (Void.Contains(element.Name!))
        {
            return;
        }

        WriteChildren(builder, element, paste);
        builder.Append("</").Append(element.Name).Append('>');
    }

    private static void Escape(StringBuilder builder, ReadOnlySpan<char> text, bool attribute)
    {
        // Most text has nothing to escape: find the next special character with a vectorised search.
        var special = attribute ? AttributeSpecial : TextSpecial;
        var rest = text;
        int at;
        while ((at = rest.IndexOfAny(special)) >= 0)
        {
            builder.Append(rest[..at]).Append(rest[at] switch
            {
                '&' => "&amp;",
                '\u00a0' => "&nbsp;",
                '"' => "&quot;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            rest = rest[(at + 1)..];
        }

        builder.Append(rest);
    }

    // What the paste-ready writing leaves out, as PasteReadyHtml.Strip does: the wrapper (its children stay) and attributes.
    private static bool IsPasteWrapper(BodyNode element) => element.Name == "div" && HasClass(element, PasteReadyHtml.WrapperClass);

    private static bool IsStrippedForPaste(string attribute) => Array.IndexOf(PasteReadyHtml.StrippedAttributes, attribute) >= 0;

    // The class list as a selector reads it: whitespace-separated tokens.
    private static bool HasClass(BodyNode element, string name) =>
        element.Get("class") is { } value && value.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries).Contains(name);
}
