namespace RaQuan.Rendering.Bodies;

/// <summary>Which of a body's three HTML texts: see <see cref="RenderedBody"/>.</summary>
public enum BodyVariant
{
    /// <summary>For the page: links as written.</summary>
    Page,

    /// <summary>For feeds and the printable version: every link and image made absolute.</summary>
    Absolute,

    /// <summary>For the paste-ready fragment: absolute links, none of the theme's classes (<see cref="BodyStructure.PasteStrippedAttributes"/>).</summary>
    Paste,
}

/// <summary>
/// A Markdown body turned into safe HTML, in three variants (<see cref="BodyVariant"/>), with its table of contents
/// and excerpt. Each variant is kept as the UTF-8 every output writes: a plan's body is most of its page, its
/// printable version, its paste-ready fragment and its feed entry. <see cref="BodyRenderer"/> writes the UTF-8 straight
/// from its tree; the texts are made from it only when asked for. Variants that are equal share one array.
/// </summary>
public sealed class RenderedBody
{
    private readonly byte[][] _utf8;
    private readonly string?[] _text;

    /// <summary>A body from its three texts, each encoded once (equal variants given as one string share their bytes).</summary>
    /// <param name="html">For the page: links as written.</param>
    /// <param name="absoluteHtml">For feeds: every link and image made absolute.</param>
    /// <param name="pasteHtml">For the paste-ready fragment: absolute links, none of the theme's classes.</param>
    /// <param name="toc">The h2/h3 headings, for a table of contents.</param>
    /// <param name="excerpt">Plain text of the first paragraph, shortened: the fallback summary.</param>
    public RenderedBody(string html, string absoluteHtml, string pasteHtml, IReadOnlyList<TocEntry> toc, string excerpt)
        : this(Encode(html, absoluteHtml, pasteHtml), toc, excerpt)
    {
        _text = [html, absoluteHtml, pasteHtml];
    }

    /// <summary>A body from the UTF-8 of its three variants, in <see cref="BodyVariant"/> order.</summary>
    internal RenderedBody(byte[][] utf8, IReadOnlyList<TocEntry> toc, string excerpt)
    {
        _utf8 = utf8;
        _text = new string?[utf8.Length];
        Toc = toc;
        Excerpt = excerpt;
    }

    /// <summary>For the page: links as written.</summary>
    public string Html => Text(BodyVariant.Page);

    /// <summary>For feeds and the printable version: every link and image made absolute.</summary>
    public string AbsoluteHtml => Text(BodyVariant.Absolute);

    /// <summary>For the paste-ready fragment: absolute links, none of the theme's classes (<see cref="BodyStructure.PasteStrippedAttributes"/>).</summary>
    public string PasteHtml => Text(BodyVariant.Paste);

    /// <summary>The h2/h3 headings, for a table of contents.</summary>
    public IReadOnlyList<TocEntry> Toc { get; }

    /// <summary>Plain text of the first paragraph, shortened: the fallback summary.</summary>
    public string Excerpt { get; }

    /// <summary>Long documents get a table of contents; short ones would only repeat themselves.</summary>
    public bool HasToc => Toc.Count(t => t.Level == 2) >= 3;

    /// <summary>The body's text without markup, for the search index: made from the same parse as the HTML.</summary>
    internal string? SearchText { get; init; }

    /// <summary>The UTF-8 of a variant, as outputs write it; not to be changed.</summary>
    public byte[] Utf8(BodyVariant variant) => _utf8[(int)variant];

    // Not thread-safe in the strict sense: two threads asking at once may both decode, and get equal texts.
    private string Text(BodyVariant variant) => _text[(int)variant] ??= Encoding.UTF8.GetString(_utf8[(int)variant]);

    private static byte[][] Encode(string html, string absoluteHtml, string pasteHtml)
    {
        var page = Encoding.UTF8.GetBytes(html);
        var absolute = ReferenceEquals(absoluteHtml, html) ? page : Encoding.UTF8.GetBytes(absoluteHtml);
        var paste = ReferenceEquals(pasteHtml, absoluteHtml) ? absolute : Encoding.UTF8.GetBytes(pasteHtml);
        return [page, absolute, paste];
    }
}
