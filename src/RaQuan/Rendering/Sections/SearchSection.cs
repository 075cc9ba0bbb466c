using RaQuan.Search;

namespace RaQuan.Rendering.Sections;

/// <summary>The search page and the static search index it reads, built from every <see cref="SearchSources"/> source.</summary>
internal sealed class SearchSection : ISiteSection
{
    public bool RunsAlongside => true;

    public async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        await context.WritePageAsync(context.Pages.Search());
        SearchIndexWriter.Write(context.Search.Finish(), context.Urls.SearchData, context.Sink, context.Search.Shards);
    }
}
