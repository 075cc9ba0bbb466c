namespace RaQuan.Search;

/// <summary>Everything the search index holds. Ceremonies and result tables add their source here when they exist.</summary>
internal static class SearchSources
{
    public static IReadOnlyList<ISearchSource> All { get; } =
    [
        new PlanSearchSource(),
    ];
}
