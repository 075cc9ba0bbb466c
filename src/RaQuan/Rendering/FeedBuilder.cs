using System.Collections.Concurrent;
using RaQuan.Feeds;
using RaQuan.Model;

namespace RaQuan.Rendering;

/// <summary>
/// Makes the site feed and one feed per unit, each holding the newest plans of its scope and the changes to its
/// ceremonies (postponed, cancelled), newest first.
/// </summary>
internal sealed class FeedBuilder(Site site, SiteUrls urls, ConcurrentDictionary<Plan, FeedText> bodies)
{
    private readonly CeremonyChanges _changes = new(urls);

    /// <summary>Plans that appear in at least one feed: only their rendered bodies need to be kept.</summary>
    public static HashSet<Plan> PlansInFeeds(Site site)
    {
        var n = site.Config.Feed.Items;
        var set = new HashSet<Plan>(site.Plans.Take(n));
        foreach (var plans in site.PlansByUnit.Values)
        {
            set.UnionWith(plans.Take(n));
        }

        return set;
    }

    /// <summary>The plans a feed over <paramref name="plans"/> holds.</summary>
    public static IEnumerable<Plan> Scope(Site site, IReadOnlyList<Plan> plans) => plans.Take(site.Config.Feed.Items);

    public RssFeed ForSite() => Feed(
        site.Config.Title, urls.Home, site.Config.Description ?? site.Config.Title, urls.SiteFeed, site.Plans, site.Ceremonies);

    public RssFeed ForUnit(Unit unit) => Feed(
        $"{unit.Title} – {site.Config.Title}", urls.Unit(unit),
        $"Kế hoạch của {unit.FullName} và các đơn vị trực thuộc.", urls.UnitFeed(unit), site.PlansByUnit[unit],
        site.CeremoniesByUnit.TryGetValue(unit, out var ceremonies) ? ceremonies : []);

    private RssFeed Feed(string title, string link, string description, string self, IReadOnlyList<Plan> plans, IEnumerable<Ceremony> ceremonies)
    {
        var n = site.Config.Feed.Items;

        // Undated entries last. The sort is stable, so plans keep their own order among equal dates.
        var items = Scope(site, plans).Select(Item).Concat(_changes.Items(ceremonies))
            .OrderBy(i => i.Published is null)
            .ThenByDescending(i => i.Published)
            .Take(n)
            .ToList();
        return new(title, urls.Absolute(link), description, site.Config.Language, urls.Absolute(self), items);
    }

    private FeedItem Item(Plan plan)
    {
        var body = bodies[plan];
        var published = plan.ListingDate is { } date ? Rfc822.StartOfDay(date, site.Config.TimeZone) : (DateTimeOffset?)null;
        var title = plan.Number is null ? plan.Title : $"{plan.Title} ({plan.Number})";
        return new FeedItem(
            title,
            urls.Absolute(urls.Plan(plan)),
            published,
            plan.Summary ?? body.Excerpt,
            site.Config.Feed.FullText ? body.Html : null,
            plan.Issuer ?? plan.Unit.Title,
            plan.Tags);
    }
}
