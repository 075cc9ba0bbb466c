using Microsoft.AspNetCore.Components;
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
    private static readonly string AbsoluteMarker = new("<!--raquan:body:absolute-->".AsSpan());
    private static readonly string PasteMarker = new("<!--raquan:body:paste-->".AsSpan());

    /// <summary>The body for the page: links as written.</summary>
    public static MarkupString Page { get; } = new(PageMarker);

    /// <summary>The body with every link and image made absolute, for the printable version.</summary>
    public static MarkupString Absolute { get; } = new(AbsoluteMarker);

    /// <summary>The paste-ready body, for the fragment.</summary>
    public static MarkupString Paste { get; } = new(PasteMarker);

    /// <summary>The variant <paramref name="markup"/> marks, if it is one of the markers.</summary>
    internal static BodyVariant? VariantOf(string markup) =>
        ReferenceEquals(markup, PageMarker) ? BodyVariant.Page
        : ReferenceEquals(markup, AbsoluteMarker) ? BodyVariant.Absolute
        : ReferenceEquals(markup, PasteMarker) ? BodyVariant.Paste
        : null;
}
