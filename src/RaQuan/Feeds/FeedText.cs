using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Feeds;

/// <summary>
/// A plan's body as a feed carries it: HTML with absolute links, and the fallback summary. It is kept from rendering
/// the plans to writing the feeds, as the UTF-8 the plan's outputs were written from or, on a site whose feeds hold
/// too many bodies for that, compressed (<see cref="RenderContext.FeedTextOf"/>).
/// </summary>
internal sealed class FeedText
{
    private readonly byte[]? _utf8;
    private readonly CompressedText? _compressed;

    public FeedText(RenderedBody body, bool compress)
    {
        var utf8 = body.Utf8(BodyVariant.Absolute);
        if (compress)
        {
            _compressed = new CompressedText(utf8);
        }
        else
        {
            _utf8 = utf8;
        }

        Excerpt = body.Excerpt;
    }

    public string Excerpt { get; }

    /// <summary>The HTML in UTF-8, as feeds write it; not to be changed.</summary>
    public byte[] Html => _utf8 ?? _compressed!.Utf8;
}
