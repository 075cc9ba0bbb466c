using RaQuan.Search;

namespace RaQuan.Rendering.Sections;

/// <summary>The search page and the static search index it reads, built from every <see cref="SearchSources"/> source.</summary>
internal sealed class SearchSection : ISiteSection
{
    public async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        await context.WritePageAsync(context.Pages.Search());
        var documents = SearchSources.All.SelectMany(s => s.Documents(context.Site, context.Urls))
            .Select(d => context.SearchTexts.TryGetValue(d.Path, out var text) ? d with { Body = () => text.Text } : d);
        var units = context.Site.AllUnits.ToList();
        var index = context.Cache is null
            ? SearchIndexBuilder.Build(documents, units)
            : context.Cache.Search.Update(documents, units, context.Cache.SearchWords);
        SearchIndexWriter.Write(index, context.Urls.SearchData, context.Sink, context.Cache?.Search);
    }
}
