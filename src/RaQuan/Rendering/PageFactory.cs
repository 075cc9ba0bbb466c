using RaQuan.Model;
using RaQuan.Rendering.Pages;
using RaQuan.Rendering.Sharing;

namespace RaQuan.Rendering;

/// <summary>Builds the page models: titles, breadcrumbs and feed links, the same way for every page kind.</summary>
internal sealed class PageFactory(Site site, SiteUrls urls)
{
    private readonly Link _home = new("Trang chủ", urls.Home);

    public FeedLink SiteFeed => new($"{site.Config.Title} (RSS)", urls.SiteFeed, OutputFormat.Rss.MediaType);

    public FeedLink UnitFeed(Unit unit) => new($"{unit.Title} (RSS)", urls.UnitFeed(unit), OutputFormat.Rss.MediaType);

    /// <summary>Trang chủ › province › district › … down to and including <paramref name="unit"/>.</summary>
    public IReadOnlyList<Link> TrailTo(Unit? unit, bool includeUnit = true)
    {
        var trail = new List<Link> { _home };
        if (unit is not null)
        {
            trail.AddRange(unit.Ancestors.Select(u => new Link(u.Title, urls.Unit(u))));
            if (includeUnit)
            {
                trail.Add(new Link(unit.Title, urls.Unit(unit)));
            }
        }

        return trail;
    }

    public HomePageModel Home() => new()
    {
        Site = site, Urls = urls, Title = site.Config.Title, Path = urls.Home,
        Description = site.Config.Description,
        Latest = site.Plans.Take(10).ToList(),
        Feeds = [SiteFeed],
        Translations = [English],
        Sharing = SharingInfo.Website with { JsonLd = StructuredData.Publisher(site.Config, urls) },
    };

    /// <summary>The link to the English page, from the Vietnamese pages.</summary>
    public LanguageLink English => new(EnglishPageModel.LanguageTag, "English", urls.English);

    public EnglishPageModel EnglishPage() => new()
    {
        Site = site, Urls = urls, Title = "About this site", Path = urls.English,
        PublisherName = site.Config.Publisher.NameEn ?? site.Config.Publisher.Name,
        Description = $"Who publishes {site.Config.Title}, what it is for, and how to contact them.",
        Breadcrumbs = [_home],
        Feeds = [SiteFeed],
        Translations = [new LanguageLink(site.Config.Language, "Tiếng Việt", urls.Home)],
    };

    public PlanPageModel Plan(Plan plan, RenderedBody body) => new()
    {
        Site = site, Urls = urls, Title = plan.Title, Path = urls.Plan(plan),
        Description = plan.Summary ?? body.Excerpt,
        Plan = plan, Body = body,
        Breadcrumbs = TrailTo(plan.Unit),
        Feeds = [UnitFeed(plan.Unit), SiteFeed],
        Sharing = new SharingInfo(
            "article",
            plan.ListingDate is { } date ? Iso8601.StartOfDay(date, site.Config.TimeZone) : null,
            StructuredData.Article(plan, plan.Summary ?? body.Excerpt, site.Config, urls)),
    };

    public IEnumerable<PlanListPageModel> PlanList()
    {
        foreach (var (plans, pager) in Paginate(site.Plans, urls.Plans))
        {
            yield return new PlanListPageModel
            {
                Site = site, Urls = urls, Title = "Kế hoạch", Path = pager.PathOf(pager.Number),
                Description = $"Các kế hoạch đã ban hành trên {site.Config.Title}.",
                Plans = plans, Pager = pager, Total = site.Plans.Count,
                Breadcrumbs = [_home],
                Feeds = [SiteFeed],
            };
        }
    }

    public IEnumerable<UnitPageModel> Unit(Unit unit)
    {
        var all = site.PlansByUnit[unit];
        foreach (var (plans, pager) in Paginate(all, urls.Unit(unit)))
        {
            yield return new UnitPageModel
            {
                Site = site, Urls = urls, Title = unit.Title, Path = pager.PathOf(pager.Number),
                Description = $"Kế hoạch, thông báo của {unit.FullName} và các đơn vị trực thuộc.",
                Unit = unit, Plans = plans, Pager = pager, Total = all.Count,
                Breadcrumbs = TrailTo(unit, includeUnit: false),
                Feeds = [UnitFeed(unit), SiteFeed],
            };
        }
    }

    public UnitListPageModel UnitList() => new()
    {
        Site = site, Urls = urls, Title = "Địa bàn", Path = urls.Units,
        Description = "Các đơn vị hành chính có kế hoạch trên trang.",
        Breadcrumbs = [_home],
        Feeds = [SiteFeed],
    };

    public ContentPageModel Page(ContentPage page, RenderedBody body) => new()
    {
        Site = site, Urls = urls, Title = page.Title, Path = urls.Page(page),
        Description = page.Summary ?? body.Excerpt,
        Page = page, Body = body,
        Breadcrumbs = [_home],
        Feeds = [SiteFeed],
    };

    public NotFoundPageModel NotFound() => new()
    {
        Site = site, Urls = urls, Title = "Không tìm thấy trang", Path = "404.html",
        Breadcrumbs = [_home], Feeds = [SiteFeed], Indexable = false,
    };

    private IEnumerable<(IReadOnlyList<Plan> Plans, Pager Pager)> Paginate(IReadOnlyList<Plan> plans, string first)
    {
        var size = site.Config.Paginate;
        var count = Math.Max(1, (plans.Count + size - 1) / size);
        for (var n = 1; n <= count; n++)
        {
            yield return (plans.Skip((n - 1) * size).Take(size).ToList(), new Pager(n, count, first));
        }
    }
}
