namespace RaQuan.Search;

/// <summary>
/// Builds the search index during a build: plans give their text as their pages render, the search section
/// finishes it. A plain build streams it (<see cref="SearchIndexStream"/>); a serve session patches the index it
/// kept (<see cref="SearchIndexCache"/>).
/// </summary>
internal interface ISearchIndexBuilder : IShardCache
{
    /// <summary><paramref name="items"/> in the order that lets the index append their words nearly in order.</summary>
    IEnumerable<T> InRenderOrder<T>(IEnumerable<T> items, Func<T, string> path);

    /// <summary>The text of the page at <paramref name="path"/>, from the parse that rendered it (read only if the index needs it).</summary>
    void Add(string path, Func<string> text);

    /// <summary>The whole index, once every page that gives text has been added.</summary>
    SearchIndex Finish();
}
