using System.Collections.Concurrent;
using System.Text;
using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;
using RaQuan.Output;

namespace RaQuan.Themes.Default;

/// <summary>
/// Writes a page straight into UTF-8, through writers kept for reuse. Made as a string first, every page was built in
/// a string builder, copied into a string and then encoded: three copies of each page for the collector. A plan's
/// body, most of each of its outputs, is copied in as its <see cref="RenderedBody"/>'s UTF-8 where the view placed
/// a <see cref="BodySlot"/>.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding WithoutBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentBag<Utf8PageWriter> Kept = [];

    // Kept writers give their buffers back past this size, so one huge page does not stay in memory.
    private const int KeptCapacity = 256 * 1024;

    // Text is gathered here and encoded a buffer at a time: encoding each of a page's thousands of short writes by
    // itself was slower than encoding the whole page.
    private readonly char[] _chars = new char[4096];
    private int _charCount;
    private byte[] _buffer = new byte[32 * 1024];
    private int _length;
    private RenderedBody? _body;

    // Between BodySlot.QuoteStart and QuoteEnd: markup is written as the text it reads as (in a text box).
    private bool _quoting;

    private Utf8PageWriter()
    {
    }

    public override Encoding Encoding => WithoutBom;

    /// <summary>
    /// Hands <paramref name="take"/> the UTF-8 bytes of what <paramref name="write"/> writes, with
    /// <paramref name="body"/>'s UTF-8 in place of each <see cref="BodySlot"/>; the bytes are the writer's own
    /// buffer, reused afterwards.
    /// </summary>
    public static void Write(Action<TextWriter> write, RenderedBody? body, PageBytes take)
    {
        var writer = Rent(body);
        write(writer);
        writer.Finish(take);
    }

    /// <summary>As <see cref="Write"/>, for a page that renders asynchronously.</summary>
    public static async Task WriteAsync(Func<TextWriter, Task> write, RenderedBody? body, PageBytes take)
    {
        var writer = Rent(body);
        await write(writer);
        writer.Finish(take);
    }

    private static Utf8PageWriter Rent(RenderedBody? body)
    {
        var writer = Kept.TryTake(out var kept) ? kept : new Utf8PageWriter();
        writer._body = body;
        return writer;
    }

    private void Finish(PageBytes take)
    {
        Encode(final: true);
        take(_buffer.AsSpan(0, _length));

        // Only a writer that finished goes back: one that threw may hold half a page.
        _length = 0;
        _body = null;
        _quoting = false;
        if (_buffer.Length <= KeptCapacity)
        {
            Kept.Add(this);
        }
    }

    public override void Write(char value)
    {
        if (_quoting && Escape(value) is { } entity)
        {
            Append(entity);
            return;
        }

        if (_charCount == _chars.Length)
        {
            Encode(final: false);
        }

        _chars[_charCount++] = value;
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (BodySlot.VariantOf(value) is { } variant)
        {
            var bytes = (_body ?? throw new InvalidOperationException("a view placed a body slot on a page without a body")).Utf8(variant);
            Encode(final: true);
            if (_quoting)
            {
                AppendEscaped(bytes);
            }
            else
            {
                bytes.CopyTo(Reserve(bytes.Length));
                _length += bytes.Length;
            }

            return;
        }

        if (BodySlot.QuoteOf(value) is { } quoting)
        {
            Encode(final: true);
            _quoting = quoting;
            return;
        }

        Write(value.AsSpan());
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (_quoting)
        {
            WriteEscaped(chars);
            return;
        }

        Append(chars);
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            if (_charCount == _chars.Length)
            {
                Encode(final: false);
            }

            var n = Math.Min(chars.Length, _chars.Length - _charCount);
            chars[..n].CopyTo(_chars.AsSpan(_charCount));
            _charCount += n;
            chars = chars[n..];
        }
    }

    // Encodes the gathered text. Unless final, a high surrogate at its end waits for the low one the next write
    // brings; a surrogate without its other half becomes U+FFFD, as encoders make it.
    private void Encode(bool final)
    {
        var chars = _chars.AsSpan(0, _charCount);
        var carry = !final && !chars.IsEmpty && char.IsHighSurrogate(chars[^1]);
        if (carry)
        {
            chars = chars[..^1];
        }

        _length += Utf8Encoder.Encode(chars, Reserve(chars.Length * 3));
        if (carry)
        {
            _chars[0] = _chars[_charCount - 1];
        }

        _charCount = carry ? 1 : 0;
    }

    // Only '&' and '<' end text in a text box (and '<' only before "/textarea"); '>' is escaped too so the markup reads
    // the same to any tool that copies it out of the page.
    private static string? Escape(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };

    private void WriteEscaped(ReadOnlySpan<char> chars)
    {
        while (chars.IndexOfAny('&', '<', '>') is var i and >= 0)
        {
            Append(chars[..i]);
            Append(Escape(chars[i])!);
            chars = chars[(i + 1)..];
        }

        Append(chars);
    }

    // The three characters are ASCII, so they are single bytes in UTF-8 and never part of another character's bytes.
    private void AppendEscaped(ReadOnlySpan<byte> bytes)
    {
        while (bytes.IndexOfAny((byte)'&', (byte)'<', (byte)'>') is var i and >= 0)
        {
            AppendBytes(bytes[..i]);
            AppendBytes(bytes[i] switch { (byte)'&' => "&amp;"u8, (byte)'<' => "&lt;"u8, _ => "&gt;"u8 });
            bytes = bytes[(i + 1)..];
        }

        AppendBytes(bytes);
    }

    private void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        return _buffer.AsSpan(_length);
    }
}
