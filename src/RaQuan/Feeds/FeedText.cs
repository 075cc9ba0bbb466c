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
    private readonly PlanBody? _later;

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

    /// <summary>
    /// The feed text of a body not rendered yet, which is rendered when a feed made again asks for its HTML (and kept
    /// with the body, for the other feeds that show the plan): the feeds that are not made again never ask.
    /// </summary>
    public FeedText(PlanBody body) => (_later, Excerpt) = (body, body.Excerpt);

    public string Excerpt { get; }

    /// <summary>The HTML in UTF-8, as feeds write it; not to be changed.</summary>
    public byte[] Html => _utf8 ?? _compressed?.Utf8 ?? _later!.Rendered.Utf8(BodyVariant.Absolute);
}
