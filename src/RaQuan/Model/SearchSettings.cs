namespace RaQuan.Model;

/// <summary>
/// The <c>search</c> settings of <c>site.yml</c>: a web search engine the header's search form uses when the
/// reader's browser runs no JavaScript, restricted to the site by <paramref name="SiteParameter"/>
/// (Google: <c>as_sitesearch</c>; DuckDuckGo: <c>sites</c>).
/// </summary>
public sealed record SearchSettings(Uri External, string SiteParameter)
{
    public const string DefaultSiteParameter = "as_sitesearch";
}
