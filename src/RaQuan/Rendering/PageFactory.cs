using RaQuan.Ceremonies;
using RaQuan.Rendering.Pages;
using RaQuan.Rendering.Sharing;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering;

/// <summary>Builds the page models: titles, breadcrumbs and feed links, the same way for every page kind.</summary>
internal sealed class PageFactory(Site site, SiteUrls urls)
{
    private readonly Link _home = new("Trang chủ", urls.Home);

    /// <summary>The site's feeds, RSS and Atom, advertised on every page.</summary>
    public IReadOnlyList<FeedLink> SiteFeeds => FeedsOf(site.Config.Title, urls.Home);

    /// <summary>A unit's feeds, RSS and Atom, advertised on its pages before the site's.</summary>
    public IReadOnlyList<FeedLink> UnitFeeds(Unit unit) => FeedsOf(unit.Title, urls.Unit(unit));

    private IReadOnlyList<FeedLink> FeedsOf(string title, string pagePath) =>
    [
        new($"{title} (RSS)", urls.Feed(pagePath, OutputFormat.Rss), OutputFormat.Rss.MediaType),
        new($"{title} (Atom)", urls.Feed(pagePath, OutputFormat.Atom), OutputFormat.Atom.MediaType),
    ];

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
        NextCeremonies = CeremonySchedule.Upcoming(site.Ceremonies, site.Now).Take(5).ToList(),
        LatestNews = site.News.Posts.Take(3).ToList(),
        Feeds = SiteFeeds,
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
        Feeds = SiteFeeds,
        Translations = [new LanguageLink(site.Config.Language, "Tiếng Việt", urls.Home)],
    };

    public PlanPageModel Plan(Plan plan, RenderedBody body) => new()
    {
        Site = site, Urls = urls, Title = plan.Title, Path = urls.Plan(plan),
        Description = plan.Summary ?? body.Excerpt,
        Plan = plan, Body = body,
        Ceremonies = CeremoniesOf(plan),
        Results = ResultsOf(plan),
        News = site.News.Of(plan),
        Breadcrumbs = TrailTo(plan.Unit),
        Feeds = [..UnitFeeds(plan.Unit), ..SiteFeeds],
        Sharing = new SharingInfo(
            "article",
            plan.ListingDate is { } date ? Iso8601.StartOfDay(date, site.Config.TimeZone) : null,
            StructuredData.Article(plan, plan.Summary ?? body.Excerpt, site.Config, urls)),
    };

    /// <summary>The ceremonies a plan organises, as its page lists them.</summary>
    public IReadOnlyList<Ceremony> CeremoniesOf(Plan plan) => site.CeremoniesByPlan.GetValueOrDefault(plan) ?? [];

    /// <summary>The result tables of a plan, as its page links them.</summary>
    public IReadOnlyList<ResultTable> ResultsOf(Plan plan) => site.Results.Where(t => t.SourcePlan == plan).ToList();

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
                Feeds = SiteFeeds,
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
                Feeds = SiteFeeds,
            };
        }
    }

    public SearchPageModel Search() => new()
    {
        Site = site, Urls = urls, Title = "Tìm kiếm", Path = urls.Search,
        Description = $"Tìm kế hoạch trên {site.Config.Title}, gõ có dấu hay không dấu đều được.",
        Breadcrumbs = [_home], Feeds = SiteFeeds, Indexable = false,
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
                Ceremonies = CeremonySchedule.UpcomingThenPast(site.CeremoniesByUnit.GetValueOrDefault(unit) ?? [], site.Now),
                Results = pager.Number == 1 ? site.Results.Where(t => t.Covers(unit)).ToList() : [],
                News = pager.Number == 1 ? site.News.Of(unit).Take(3).ToList() : [],
                Breadcrumbs = TrailTo(unit, includeUnit: false),
                Feeds = [..UnitFeeds(unit), ..SiteFeeds],
            };
        }
    }

    public FeedListPageModel FeedList() => new()
    {
        Site = site, Urls = urls, Title = "Nguồn tin", Path = urls.FeedList,
        Description = $"Theo dõi {site.Config.Title} bằng trình đọc tin (RSS, Atom): toàn trang, lịch lễ ra quân, từng địa bàn.",
        Breadcrumbs = [_home],
        Feeds = SiteFeeds,
        Entries = FeedEntries().ToList(),
    };

    /// <summary>Every feed the output table gives the site: the site's, the schedule's, then each unit's in tree order.</summary>
    public IEnumerable<FeedListEntry> FeedEntries()
    {
        yield return new(site.Config.Title, urls.Home, urls.Feed(urls.Home, OutputFormat.Rss), urls.Feed(urls.Home, OutputFormat.Atom), 0);
        if (site.Ceremonies.Count > 0 && OutputTable.Has(PageKind.Schedule, OutputFormat.Rss))
        {
            yield return new("Lịch lễ ra quân", urls.Schedule, urls.Feed(urls.Schedule, OutputFormat.Rss), urls.Feed(urls.Schedule, OutputFormat.Atom), 0);
        }

        foreach (var unit in site.AllUnits)
        {
            yield return new(unit.Title, urls.Unit(unit), urls.Feed(urls.Unit(unit), OutputFormat.Rss), urls.Feed(urls.Unit(unit), OutputFormat.Atom), unit.Depth);
        }
    }

    public UnitListPageModel UnitList() => new()
    {
        Site = site, Urls = urls, Title = "Địa bàn", Path = urls.Units,
        Description = "Các đơn vị hành chính có kế hoạch trên trang.",
        Breadcrumbs = [_home],
        Feeds = SiteFeeds,
    };

    public ResultListPageModel ResultList() => new()
    {
        Site = site, Urls = urls, Title = "Kết quả", Path = urls.Results,
        Description = "Kết quả thực hiện do các đơn vị báo cáo, kèm số liệu mở để tải về.",
        Breadcrumbs = [_home],
        Feeds = SiteFeeds,
    };

    public ResultPageModel Result(ResultTable table, string chartSvg) => new()
    {
        Site = site, Urls = urls, Title = table.Title, Path = urls.Result(table),
        Description = table.Period is { } period ? $"{table.Title} ({period})." : $"{table.Title}.",
        Table = table, ChartSvg = chartSvg,
        Downloads = OutputTable.For(PageKind.Result).Where(f => f != OutputFormat.Html)
            .Select(f => new Download($"Tải số liệu ({f.Name.ToUpperInvariant()})", urls.ResultData(table, f), f.MediaType)).ToList(),
        Breadcrumbs = [_home, new Link("Kết quả", urls.Results)],
        Feeds = SiteFeeds,
    };

    public ContentPageModel Page(ContentPage page, RenderedBody body) => new()
    {
        Site = site, Urls = urls, Title = page.Title, Path = urls.Page(page),
        Description = page.Summary ?? body.Excerpt,
        Page = page, Body = body,
        Breadcrumbs = [_home],
        Feeds = SiteFeeds,
    };

    public SchedulePageModel Schedule() => new()
    {
        Site = site, Urls = urls, Title = "Lịch ra quân", Path = urls.Schedule,
        Description = $"Thời gian, địa điểm các buổi lễ trên {site.Config.Title}: sắp diễn ra và đã diễn ra.",
        Upcoming = CeremonySchedule.Days(CeremonySchedule.Upcoming(site.Ceremonies, site.Now)),
        Past = CeremonySchedule.Days(CeremonySchedule.Past(site.Ceremonies, site.Now)),
        Breadcrumbs = [_home],
        Feeds = SiteFeeds,
    };

    public CeremonyPageModel Ceremony(Ceremony ceremony) => new()
    {
        Site = site, Urls = urls, Title = ceremony.Title, Path = urls.Ceremony(ceremony),
        Description = $"{CeremonyText.When(ceremony.Start, ceremony.End, ceremony.AllDay)}{(ceremony.Place is null ? "" : $", {ceremony.Place}")}",
        Ceremony = ceremony,
        News = site.News.Of(ceremony),
        JsonLd = CeremonyJson.JsonLd(ceremony, urls),
        IsPast = ceremony.Finish <= site.Now,
        Breadcrumbs = [_home, new Link("Lịch ra quân", urls.Schedule)],
        Feeds = [..UnitFeeds(ceremony.Unit), ..SiteFeeds],
    };

    public NotFoundPageModel NotFound() => new()
    {
        Site = site, Urls = urls, Title = "Không tìm thấy trang", Path = "404.html",
        Breadcrumbs = [_home], Feeds = SiteFeeds, Indexable = false,
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
