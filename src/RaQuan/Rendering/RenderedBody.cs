namespace RaQuan.Rendering;

/// <summary>A Markdown body turned into safe HTML.</summary>
/// <param name="Html">For the page: links as written.</param>
/// <param name="AbsoluteHtml">For feeds: every link and image made absolute.</param>
/// <param name="PasteHtml">For the paste-ready fragment: absolute links, none of the theme's classes (<see cref="Html.PasteReadyHtml"/>).</param>
/// <param name="Toc">The h2/h3 headings, for a table of contents.</param>
/// <param name="Excerpt">Plain text of the first paragraph, shortened: the fallback summary.</param>
public sealed record RenderedBody(string Html, string AbsoluteHtml, string PasteHtml, IReadOnlyList<TocEntry> Toc, string Excerpt)
{
    /// <summary>Long documents get a table of contents; short ones would only repeat themselves.</summary>
    public bool HasToc => Toc.Count(t => t.Level == 2) >= 3;

    /// <summary>The body's text without markup, for the search index: made from the same parse as the HTML.</summary>
    internal string? SearchText { get; init; }
}
