using RaQuan.Rendering;

namespace RaQuan.Search;

/// <summary>A part of the site that contributes documents to the search index; add one to <see cref="SearchSources.All"/>.</summary>
internal interface ISearchSource
{
    IEnumerable<SearchDocument> Documents(Site site, SiteUrls urls);
}
