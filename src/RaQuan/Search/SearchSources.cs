using RaQuan.Ceremonies;
using RaQuan.Results;

namespace RaQuan.Search;

/// <summary>Everything the search index holds. A part of the site that has pages worth finding adds its source here.</summary>
internal static class SearchSources
{
    public static IReadOnlyList<ISearchSource> All { get; } =
    [
        new PlanSearchSource(),
        new CeremonySearchSource(),
        new ResultSearchSource(),
        new UnitSearchSource(),
        new News.NewsSearchSource(),
    ];
}
