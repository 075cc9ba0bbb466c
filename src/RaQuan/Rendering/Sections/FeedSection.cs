using RaQuan.Rendering.Caching;

namespace RaQuan.Rendering.Sections;

/// <summary>RSS feeds for the page kinds the output table gives one.</summary>
internal sealed class FeedSection : ISiteSection
{
    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        var feeds = new FeedBuilder(context.Site, context.Urls, context.FeedBodies, context.NewsBodies);
        if (OutputTable.Has(PageKind.Home, OutputFormat.Rss))
        {
            context.WriteOutput(context.Urls.SiteFeed,
                new OutputInputs { Plans = FeedBuilder.Scope(context.Site, context.Site.Plans), Ceremonies = context.Site.Ceremonies },
                stream => feeds.ForSite().WriteTo(stream));
        }

        if (OutputTable.Has(PageKind.Unit, OutputFormat.Rss))
        {
            Parallel.ForEach(context.Site.AllUnits, new ParallelOptions { CancellationToken = cancellation },
                unit => context.WriteOutput(context.Urls.UnitFeed(unit),
                    new OutputInputs
                    {
                        Plans = FeedBuilder.Scope(context.Site, context.Site.PlansByUnit[unit]),
                        Ceremonies = context.Site.CeremoniesByUnit.GetValueOrDefault(unit) ?? [],
                    },
                    stream => feeds.ForUnit(unit).WriteTo(stream)));
        }

        return Task.CompletedTask;
    }
}
