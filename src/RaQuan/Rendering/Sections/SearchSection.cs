using RaQuan.Search;

namespace RaQuan.Rendering.Sections;

/// <summary>The search page and the static search index it reads, built from every <see cref="SearchSources"/> source.</summary>
internal sealed class SearchSection : ISiteSection
{
    public bool RunsAlongside => true;

    public async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        await context.WritePageAsync(context.Pages.Search());
        var units = context.Site.AllUnits.ToList();
        var index = context.SearchStream is { } stream
            ? stream.Finish()
            : context.Cache!.Search.Update(
                SearchSources.All.SelectMany(s => s.Documents(context.Site, context.Urls))
                    .Select(d => context.SearchTexts.TryGetValue(d.Path, out var text) ? d with { Body = () => text } : d),
                units, context.Cache.SearchWords);
        SearchIndexWriter.Write(index, context.Urls.SearchData, context.Sink, context.Cache?.Search);
    }
}
