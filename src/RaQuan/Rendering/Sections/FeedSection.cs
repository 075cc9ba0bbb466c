namespace RaQuan.Rendering.Sections;

/// <summary>RSS feeds for the page kinds the output table gives one.</summary>
internal sealed class FeedSection : ISiteSection
{
    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        var feeds = new FeedBuilder(context.Site, context.Urls, context.FeedBodies);
        if (OutputTable.Has(PageKind.Home, OutputFormat.Rss))
        {
            context.WriteFeed(context.Urls.SiteFeed, FeedBuilder.Scope(context.Site, context.Site.Plans), context.Site.Ceremonies,
                () => feeds.ForSite().ToXml());
        }

        if (OutputTable.Has(PageKind.Unit, OutputFormat.Rss))
        {
            Parallel.ForEach(context.Site.AllUnits, new ParallelOptions { CancellationToken = cancellation },
                unit => context.WriteFeed(context.Urls.UnitFeed(unit), FeedBuilder.Scope(context.Site, context.Site.PlansByUnit[unit]),
                    context.Site.CeremoniesByUnit.TryGetValue(unit, out var ceremonies) ? ceremonies : [], () => feeds.ForUnit(unit).ToXml()));
        }

        return Task.CompletedTask;
    }
}
