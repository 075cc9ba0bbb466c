using System.IO.Compression;
using System.Text;

namespace RaQuan.Rendering;

/// <summary>
/// A plan's body as a feed carries it: HTML with absolute links, and the fallback summary. Feeds hold up to
/// 50 plans per unit, thousands of bodies on a large site, so the HTML is kept Brotli-compressed (about a sixth
/// of its size) between rendering the plans and writing the feeds.
/// </summary>
internal sealed class FeedText
{
    private readonly byte[] _compressed;
    private readonly int _length;

    public FeedText(string html, string excerpt)
    {
        Excerpt = excerpt;
        var utf8 = Encoding.UTF8.GetBytes(html);
        _length = utf8.Length;
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];

        // Quality 1 compresses HTML well at a small fraction of the cost of rendering it.
        if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, quality: 1, window: 22))
        {
            throw new InvalidOperationException("compressing a feed body failed");
        }

        _compressed = buffer[..written];
    }

    public string Excerpt { get; }

    public string Html
    {
        get
        {
            var utf8 = new byte[_length];
            if (!BrotliDecoder.TryDecompress(_compressed, utf8, out var written) || written != _length)
            {
                throw new InvalidOperationException("decompressing a feed body failed");
            }

            return Encoding.UTF8.GetString(utf8);
        }
    }
}
