using System.Text;

namespace RaQuan.Rendering;

/// <summary>A Markdown body turned into safe HTML.</summary>
/// <param name="Html">For the page: links as written.</param>
/// <param name="AbsoluteHtml">For feeds: every link and image made absolute.</param>
/// <param name="PasteHtml">For the paste-ready fragment: absolute links, none of the theme's classes (<see cref="Html.PasteReadyHtml"/>).</param>
/// <param name="Toc">The h2/h3 headings, for a table of contents.</param>
/// <param name="Excerpt">Plain text of the first paragraph, shortened: the fallback summary.</param>
public sealed record RenderedBody(string Html, string AbsoluteHtml, string PasteHtml, IReadOnlyList<TocEntry> Toc, string Excerpt)
{
    // The UTF-8 bytes of the three texts, made when first asked for. The variants are often one string (no relative
    // link to make absolute, nothing to strip for pasting), and then share their bytes too.
    private byte[]? _html;
    private byte[]? _absoluteHtml;
    private byte[]? _pasteHtml;

    /// <summary>Long documents get a table of contents; short ones would only repeat themselves.</summary>
    public bool HasToc => Toc.Count(t => t.Level == 2) >= 3;

    /// <summary>The body's text without markup, for the search index: made from the same parse as the HTML.</summary>
    internal string? SearchText { get; init; }

    /// <summary>
    /// The UTF-8 bytes of <paramref name="markup"/> when it is one of this body's three texts (this very string, not
    /// an equal one), encoded once however many outputs write it; otherwise null. A plan's body is most of its page,
    /// its printable version, its paste-ready fragment and its feed entry, and encoding it for each of them was a
    /// twentieth of a large build.
    /// </summary>
    /// <remarks>Not thread-safe in the strict sense: two threads asking at once may both encode, and get equal bytes.</remarks>
    public byte[]? Utf8Of(string markup)
    {
        if (ReferenceEquals(markup, Html))
        {
            return _html ??= Encoding.UTF8.GetBytes(Html);
        }

        if (ReferenceEquals(markup, AbsoluteHtml))
        {
            return _absoluteHtml ??= ReferenceEquals(AbsoluteHtml, Html) ? Utf8Of(Html) : Encoding.UTF8.GetBytes(AbsoluteHtml);
        }

        if (ReferenceEquals(markup, PasteHtml))
        {
            return _pasteHtml ??= ReferenceEquals(PasteHtml, AbsoluteHtml) ? Utf8Of(AbsoluteHtml) : Encoding.UTF8.GetBytes(PasteHtml);
        }

        return null;
    }
}
