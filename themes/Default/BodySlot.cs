using Microsoft.AspNetCore.Html;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Themes.Default;

/// <summary>
/// Where a view places the page's body: <c>@BodySlot.Page</c>. The view writes a marker, and the page writer
/// (<see cref="Utf8PageWriter"/>) writes the body's UTF-8 in its place, so a body, most of every plan output, is
/// never made into a string for the page. Each marker is known by the string object itself, which no text from
/// content can be; as written it is an HTML comment.
/// </summary>
public static class BodySlot
{
    private static readonly string PageMarker = new("<!--raquan:body-->".AsSpan());
    private static readonly string PasteMarker = new("<!--raquan:body:paste-->".AsSpan());
    private static readonly string QuoteStartMarker = new("<!--raquan:quote-->".AsSpan());
    private static readonly string QuoteEndMarker = new("<!--raquan:/quote-->".AsSpan());

    /// <summary>The body for the page: links as written.</summary>
    public static HtmlString Page { get; } = new(PageMarker);

    /// <summary>The paste-ready body: absolute links, none of the theme's classes.</summary>
    public static HtmlString Paste { get; } = new(PasteMarker);

    /// <summary>
    /// Starts writing markup as the text it reads as (<c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped), up to
    /// <see cref="QuoteEnd"/>: inside a <c>&lt;textarea&gt;</c>, the paste-ready HTML a reader copies.
    /// </summary>
    public static HtmlString QuoteStart { get; } = new(QuoteStartMarker);

    /// <summary>Ends what <see cref="QuoteStart"/> started.</summary>
    public static HtmlString QuoteEnd { get; } = new(QuoteEndMarker);

    /// <summary>Whether <paramref name="markup"/> starts (true) or ends (false) quoted markup; null when it is neither marker.</summary>
    internal static bool? QuoteOf(string markup) =>
        ReferenceEquals(markup, QuoteStartMarker) ? true
        : ReferenceEquals(markup, QuoteEndMarker) ? false
        : null;

    /// <summary>The variant <paramref name="markup"/> marks, if it is one of the markers.</summary>
    internal static BodyVariant? VariantOf(string markup) =>
        ReferenceEquals(markup, PageMarker) ? BodyVariant.Page
        : ReferenceEquals(markup, PasteMarker) ? BodyVariant.Paste
        : null;
}
