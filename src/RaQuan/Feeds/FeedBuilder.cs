using RaQuan.Ceremonies;
using RaQuan.Rendering;

namespace RaQuan.Feeds;

/// <summary>
/// Makes the site feed and one feed per unit, each holding the newest plans of its scope and the changes to its
/// ceremonies (postponed, cancelled), newest first.
/// </summary>
internal sealed class FeedBuilder(
    Site site, SiteUrls urls, IReadOnlyDictionary<Plan, FeedText> bodies, IReadOnlyDictionary<NewsPost, News.NewsBodies> news)
{
    private readonly CeremonyChanges _changes = new(urls, site.Config.TimeZone);

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
        site.Config.Title, urls.Home, site.Config.Description ?? site.Config.Title, urls.SiteFeed, site.Plans, _changes.Items(site.Ceremonies));

    public RssFeed ForUnit(Unit unit) => Feed(
        $"{unit.Title} – {site.Config.Title}", urls.Unit(unit),
        $"Kế hoạch của {unit.FullName} và các đơn vị trực thuộc.", urls.UnitFeed(unit), site.PlansByUnit[unit],
        _changes.Items(site.CeremoniesByUnit.TryGetValue(unit, out var ceremonies) ? ceremonies : []));

    /// <summary>The schedule's feed: every ceremony announced, and every change to one.</summary>
    public RssFeed ForSchedule() => Feed(
        $"Lịch lễ ra quân – {site.Config.Title}", urls.Schedule, "Các buổi lễ ra quân, lễ phát động và những thay đổi về thời gian.",
        urls.Feed(urls.Schedule, OutputFormat.Rss), [], _changes.Announcements(site.Ceremonies).Concat(_changes.Items(site.Ceremonies)));

    /// <summary>The Atom version of <paramref name="rss"/>, which sits at <paramref name="path"/>.</summary>
    public AtomFeed Atom(RssFeed rss, string path) => AtomFeed.From(rss, urls.Absolute(path), site.Config.Publisher.Name, site.Now);

    private RssFeed Feed(string title, string link, string description, string self, IReadOnlyList<Plan> plans, IEnumerable<FeedItem> changes)
    {
        var n = site.Config.Feed.Items;

        // Undated entries last. The sort is stable, so plans keep their own order among equal dates.
        var items = Scope(site, plans).Select(Item).Concat(changes).Concat(NewsItems(link))
            .OrderBy(i => i.Published is null)
            .ThenByDescending(i => i.Published)
            .Take(n)
            .ToList();
        return new(title, urls.Absolute(link), description, site.Config.Language, urls.Absolute(self), items);
    }

    // The news of the feed's scope: the site's, or a unit's and its sub-units' (told by the feed's page).
    private IEnumerable<FeedItem> NewsItems(string link)
    {
        var posts = link == urls.Home ? site.News.Posts : site.AllUnits.FirstOrDefault(u => urls.Unit(u) == link) is { } unit ? site.News.Of(unit) : [];
        return posts.Take(site.Config.Feed.Items).Select(post =>
        {
            var bodies = news[post];
            var lead = post.Lead?.Image.Largest;
            return new FeedItem(
                post.Title,
                urls.Absolute(News.NewsUrls.Post(post)),
                post.Published,
                post.Summary ?? bodies.Excerpt,
                site.Config.Feed.FullText ? System.Text.Encoding.UTF8.GetBytes(bodies.AbsoluteLeadHtml + bodies.AbsoluteHtml) : null,
                post.Author ?? post.Unit.Title,
                post.Tags,
                Enclosure: lead is null ? null : new FeedEnclosure(urls.Absolute(News.NewsUrls.Image(post, post.Lead!, lead)), lead.Length, lead.MediaType));
        });
    }

    private FeedItem Item(Plan plan)
    {
        var body = bodies[plan];
        // Readers sort by this date: the day the plan went online, else the day it was signed (every plan has one).
        var published = (plan.PublishDate ?? plan.Date) is { } date ? Rfc822.StartOfDay(date, site.Config.TimeZone) : (DateTimeOffset?)null;
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
