using System.Diagnostics.CodeAnalysis;

namespace RaQuan.Rendering.Pages;

/// <summary>What every page template receives.</summary>
/// <remarks>
/// The annotation keeps every property of every page model in a trimmed or Native AOT build, where
/// <c>RenderKeys</c> lists them to tell whether a page's key covers all it holds.
/// </remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicProperties)]
public abstract record PageModel
{
    public required Site Site { get; init; }
    public required SiteUrls Urls { get; init; }
    public abstract PageKind Kind { get; }

    /// <summary>The page's own title, without the site's.</summary>
    public required string Title { get; init; }

    /// <summary>Path relative to the base URL ("ke-hoach/x/").</summary>
    public required string Path { get; init; }

    public string? Description { get; init; }

    /// <summary>From the home page down to the page's parent; empty on the home page.</summary>
    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];

    /// <summary>Feeds this page belongs to, advertised with &lt;link rel="alternate"&gt;.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>Whether search engines should index the page.</summary>
    public bool Indexable { get; init; } = true;

    /// <summary>Which of the page kind's outputs (<see cref="OutputTable"/>) this model is rendered as.</summary>
    public OutputFormat Output { get; init; } = OutputFormat.Html;

    /// <summary>The page's language (BCP 47); the site's language unless the page is a translation.</summary>
    public virtual string Language => Site.Config.Language;

    /// <summary>Versions of this page in other languages, advertised with hreflang.</summary>
    public IReadOnlyList<LanguageLink> Translations { get; init; } = [];

    /// <summary>How the page is shared (Open Graph) and described to search engines (JSON-LD).</summary>
    public SharingInfo Sharing { get; init; } = SharingInfo.Website;

    /// <summary>Absolute URLs of the photos the page shows, for the sitemap.</summary>
    public virtual IReadOnlyList<string> Images => [];

    /// <summary>The text of &lt;title&gt;: page title, then site title.</summary>
    public virtual string DocumentTitle => Kind == PageKind.Home ? Site.Config.Title : $"{Title} – {Site.Config.Title}";
}
