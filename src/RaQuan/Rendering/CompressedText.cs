using System.IO.Compression;

namespace RaQuan.Rendering;

/// <summary>
/// Text kept Brotli-compressed (about a sixth of its size) between the section that makes it and the one that
/// uses it, so that what every plan hands on stays small on a 50,000-plan site.
/// </summary>
internal sealed class CompressedText
{
    private readonly byte[] _compressed;
    private readonly int _length;

    /// <param name="utf8">The text in UTF-8.</param>
    public CompressedText(ReadOnlySpan<byte> utf8)
    {
        _length = utf8.Length;
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];

        // Quality 1 compresses HTML and prose well at a small fraction of the cost of rendering them.
        if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, quality: 1, window: 22))
        {
            throw new InvalidOperationException("compressing a text failed");
        }

        _compressed = buffer[..written];
    }

    /// <summary>The text in UTF-8.</summary>
    public byte[] Utf8
    {
        get
        {
            var utf8 = new byte[_length];
            if (!BrotliDecoder.TryDecompress(_compressed, utf8, out var written) || written != _length)
            {
                throw new InvalidOperationException("decompressing a text failed");
            }

            return utf8;
        }
    }
}
