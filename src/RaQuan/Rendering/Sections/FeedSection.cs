namespace RaQuan.Rendering.Sections;

/// <summary>RSS feeds for the page kinds the output table gives one.</summary>
internal sealed class FeedSection : ISiteSection
{
    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        var feeds = new FeedBuilder(context.Site, context.Urls, context.FeedBodies);
        if (OutputTable.Has(PageKind.Home, OutputFormat.Rss))
        {
            context.Sink.Write(context.Urls.SiteFeed, feeds.ForSite().ToXml());
        }

        if (OutputTable.Has(PageKind.Unit, OutputFormat.Rss))
        {
            Parallel.ForEach(context.Site.AllUnits, new ParallelOptions { CancellationToken = cancellation },
                unit => context.Sink.Write(context.Urls.UnitFeed(unit), feeds.ForUnit(unit).ToXml()));
        }

        return Task.CompletedTask;
    }
}
