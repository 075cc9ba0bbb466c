using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace RaQuan.Themes.Default;

/// <summary>
/// A view's markup, kept to be written where the layout calls <c>RenderBody()</c>. Body slots stay the marker objects
/// themselves (<see cref="BodySlot"/>), so the page writer still copies a body's UTF-8 in their place.
/// </summary>
internal sealed class RecordedHtml : TextWriter, IHtmlContent
{
    private readonly StringBuilder _text = new();
    private readonly List<(int At, string Marker)> _markers = [];

    public override Encoding Encoding => Encoding.UTF8;

    public void Clear()
    {
        _text.Clear();
        _markers.Clear();
    }

    public override void Write(char value) => _text.Append(value);

    public override void Write(string? value)
    {
        if (value is not null && (BodySlot.VariantOf(value) is not null || BodySlot.QuoteOf(value) is not null))
        {
            _markers.Add((_text.Length, value));
            return;
        }

        _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count) => _text.Append(buffer, index, count);

    public override void Write(ReadOnlySpan<char> chars) => _text.Append(chars);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var at = 0;
        foreach (var (markerAt, marker) in _markers)
        {
            WriteText(writer, at, markerAt - at);
            writer.Write(marker);
            at = markerAt;
        }

        WriteText(writer, at, _text.Length - at);
    }

    private void WriteText(TextWriter writer, int start, int length)
    {
        foreach (var chunk in _text.GetChunks())
        {
            if (length == 0)
            {
                return;
            }

            if (start >= chunk.Length)
            {
                start -= chunk.Length;
                continue;
            }

            var n = Math.Min(length, chunk.Length - start);
            writer.Write(chunk.Span.Slice(start, n));
            length -= n;
            start = 0;
        }
    }
}
