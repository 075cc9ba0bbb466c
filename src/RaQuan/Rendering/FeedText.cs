namespace RaQuan.Rendering;

/// <summary>
/// A plan's body as a feed carries it: HTML with absolute links, and the fallback summary. Feeds hold up to
/// 50 plans per unit, thousands of bodies on a large site, so the HTML is kept compressed between rendering the
/// plans and writing the feeds.
/// </summary>
internal sealed class FeedText(RenderedBody body)
{
    private readonly CompressedText _html = new(body.Utf8Of(body.AbsoluteHtml)!);

    public string Excerpt { get; } = body.Excerpt;

    /// <summary>The HTML in UTF-8, as feeds write it.</summary>
    public byte[] Html => _html.Utf8;
}
