using RaQuan.Rendering.Caching;
using RaQuan.Rendering;
using RaQuan.Rendering.Sections;
using RaQuan.News;

namespace RaQuan.Feeds;

/// <summary>
/// RSS and Atom feeds for the page kinds the output table gives them, the page listing them all and its OPML
/// subscription list.
/// </summary>
internal static class FeedSection
{
    /// <param name="plans">The plans' texts for the feeds, from the plan section.</param>
    /// <param name="news">The news posts' HTML, from the news section.</param>
    public static async Task RenderAsync(RenderContext context, RenderedPlans plans, RenderedNews news, CancellationToken cancellation)
    {
        var site = context.Site;
        var urls = context.Urls;
        var feeds = new FeedBuilder(site, urls, plans.FeedTexts, news.Bodies);
        var siteInputs = new OutputInputs { Plans = FeedBuilder.Scope(site, site.Plans), Ceremonies = site.Ceremonies };
        Write(context, PageKind.Home, urls.Home, siteInputs, feeds.ForSite, feeds);

        if (site.Ceremonies.Count > 0)
        {
            Write(context, PageKind.Schedule, urls.Schedule, new OutputInputs { Ceremonies = site.Ceremonies }, feeds.ForSchedule, feeds);
        }

        Parallel.ForEach(site.AllUnits, new ParallelOptions { CancellationToken = cancellation },
            unit => Write(context, PageKind.Unit, urls.Unit(unit),
                new OutputInputs
                {
                    Plans = FeedBuilder.Scope(site, site.PlansByUnit[unit]),
                    Ceremonies = site.CeremoniesByUnit.GetValueOrDefault(unit) ?? [],
                },
                () => feeds.ForUnit(unit), feeds));

        var list = context.Pages.FeedList();
        await context.WritePageAsync(list);
        if (OutputTable.Has(PageKind.FeedList, OutputFormat.Opml))
        {
            var opml = new OpmlFile(
                $"Nguồn tin – {site.Config.Title}",
                [.. list.Entries.Select(e => new OpmlFile.Outline(e.Title, urls.Absolute(e.Rss), urls.Absolute(e.Page)))]);
            context.WriteOutput(urls.FeedListOpml, new OutputInputs(), opml.WriteTo);
        }
    }

    // The page's RSS and Atom feeds, each when the output table gives the page kind one.
    private static void Write(RenderContext context, PageKind kind, string page, OutputInputs inputs, Func<RssFeed> make, FeedBuilder feeds)
    {
        if (OutputTable.Has(kind, OutputFormat.Rss))
        {
            context.WriteOutput(context.Urls.Feed(page, OutputFormat.Rss), inputs, stream => make().WriteTo(stream));
        }

        if (OutputTable.Has(kind, OutputFormat.Atom))
        {
            var path = context.Urls.Feed(page, OutputFormat.Atom);
            context.WriteOutput(path, inputs, stream => feeds.Atom(make(), path).WriteTo(stream));
        }
    }
}
