using RaQuan.Model;
using RaQuan.Rendering.Pages;

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
    };

    public PlanPageModel Plan(Plan plan, RenderedBody body) => new()
    {
        Site = site, Urls = urls, Title = plan.Title, Path = urls.Plan(plan),
        Description = plan.Summary ?? body.Excerpt,
        Plan = plan, Body = body,
        Breadcrumbs = TrailTo(plan.Unit),
        Feeds = [UnitFeed(plan.Unit), SiteFeed],
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

    public IEnumerable<PlanListPageModel> PlanYear(int year)
    {
        var all = site.Plans.Where(p => p.ListingDate?.Year == year).ToList();
        foreach (var (plans, pager) in Paginate(all, urls.PlanYear(year)))
        {
            yield return new PlanListPageModel
            {
                Site = site, Urls = urls, Title = $"Kế hoạch năm {year}", Path = pager.PathOf(pager.Number),
                Description = $"Các kế hoạch ban hành năm {year} trên {site.Config.Title}.",
                Plans = plans, Pager = pager, Total = all.Count,
                Breadcrumbs = [_home, new Link("Kế hoạch", urls.Plans)],
                Feeds = [SiteFeed],
            };
        }
    }

    public SearchPageModel Search() => new()
    {
        Site = site, Urls = urls, Title = "Tìm kiếm", Path = urls.Search,
        Description = $"Tìm kế hoạch trên {site.Config.Title}, gõ có dấu hay không dấu đều được.",
        Breadcrumbs = [_home], Feeds = [SiteFeed], Indexable = false,
    };

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
