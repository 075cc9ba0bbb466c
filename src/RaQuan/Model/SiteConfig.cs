namespace RaQuan.Model;

/// <summary>The settings of <c>site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    Uri BaseUrl,
    string Language,
    TimeZoneInfo TimeZone,
    Publisher Publisher,
    FeedSettings Feed,
    int Paginate,
    SearchSettings? Search = null)
{
    /// <summary>
    /// <c>predecessor_plans</c>: whether a unit's page and feed list the plans of the units merged into it too
    /// (a new commune showing the plans its communes issued before the merger).
    /// </summary>
    public bool PredecessorPlans { get; init; }

    /// <summary><c>theme:</c> the portal's logo, header lines, colours, favicon and publisher block.</summary>
    public Branding Branding { get; init; } = Branding.None;

    /// <summary>The path part of the base URL, always with leading and trailing slash: "/" or "/ra-quan-2024/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
