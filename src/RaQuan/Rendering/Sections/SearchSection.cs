using RaQuan.Search;

namespace RaQuan.Rendering.Sections;

/// <summary>The search page and the static search index it reads, built from every <see cref="SearchSources"/> source.</summary>
internal static class SearchSection
{
    /// <param name="index">The index the plan section filled with the plans' texts.</param>
    public static async Task RenderAsync(RenderContext context, ISearchIndexBuilder index)
    {
        await context.WritePageAsync(context.Pages.Search());
        SearchIndexWriter.Write(index.Finish(), context.Urls.SearchData, context.Sink, index);
    }
}
