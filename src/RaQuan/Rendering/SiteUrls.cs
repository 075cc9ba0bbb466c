using System.Buffers;

namespace RaQuan.Rendering;

/// <summary>
/// Every address on the site, in one place. Paths are relative to the base URL ("ke-hoach/x/"); <see cref="Href"/>
/// makes root-relative links that carry the base URL's sub-path, and <see cref="Absolute"/> makes full URLs for
/// feeds, sitemaps and canonical links.
/// </summary>
public sealed class SiteUrls(SiteConfig config)
{
    public const string PlansSection = "ke-hoach";
    public const string UnitsSection = "dia-ban";
    public const string ScheduleSection = "lich";
    public const string ResultsSection = "ket-qua";

    public string Home => "";
    public string Plans => PlansSection + "/";
    public string Units => UnitsSection + "/";
    public string SiteFeed => "rss.xml";
    public string Sitemap => "sitemap.xml";
    public string Stylesheet => "assets/site.css";
    public string English => "en/";

    /// <summary>The static web services (<c>api/ke-hoach.json</c>…), documented in docs/reference/json-api.md.</summary>
    public static string Api(string name) => $"api/{name}.json";

    public string SearchScript => "assets/search.js";
    public string Search => "tim-kiem/";

    /// <summary>The folder of the search index files (see Search/SearchIndexWriter).</summary>
    public string SearchData => "tim-kiem/du-lieu/";

    /// <summary>Plans issued (or published) in one year: the search form's fallback without JavaScript.</summary>
    public string PlanYear(int year) => $"{PlansSection}/nam/{year}/";

    public string Plan(Plan plan) => $"{PlansSection}/{plan.Slug}/";

    /// <summary>The id of the text box on a plan's page that holds its paste-ready HTML (its fragment).</summary>
    public const string PasteHtmlId = "ma-dang-lai";

    /// <summary>Another output of a page ("lich/x/lich.ics"); the HTML output is the page's own path.</summary>
    public static string Output(string pagePath, OutputFormat format) =>
        format == OutputFormat.Html ? pagePath : pagePath + format.FileName;

    public string Unit(Unit unit) => $"{UnitsSection}/{unit.Slug}/";

    public string UnitFeed(Unit unit) => $"{UnitsSection}/{unit.Slug}/rss.xml";

    /// <summary>A page's feed in <paramref name="format"/> (RSS or Atom) sits beside it: "rss.xml", "dia-ban/x/atom.xml".</summary>
    public string Feed(string pagePath, OutputFormat format) => pagePath + format.FileName;

    /// <summary>The page listing every feed of the site, and the subscription list beside it.</summary>
    public string FeedList => "nguon-tin/";

    public string FeedListOpml => FeedList + OutputFormat.Opml.FileName;

    public string Results => ResultsSection + "/";

    public string Result(ResultTable table) => $"{ResultsSection}/{table.Slug}/";

    /// <summary>A table's data for download: "api/ket-qua/NAME.json", "api/ket-qua/NAME.csv".</summary>
    public string ResultData(ResultTable table, OutputFormat format) => $"api/{ResultsSection}/{table.Slug}.{format.Name}";

    public string Page(ContentPage page) => $"{page.Slug}/";

    public string Schedule => ScheduleSection + "/";

    public string Ceremony(Ceremony ceremony) => $"{ScheduleSection}/{ceremony.Slug}/";

    /// <summary>A page's calendar sits beside it, like its feed: "lich.ics", "dia-ban/x/lich.ics", "lich/x/lich.ics".</summary>
    public string SiteCalendar => OutputFormat.ICalendar.FileName;

    public string UnitCalendar(Unit unit) => Unit(unit) + OutputFormat.ICalendar.FileName;

    public string CeremonyCalendar(Ceremony ceremony) => Ceremony(ceremony) + OutputFormat.ICalendar.FileName;

    public string ScheduleJson => "api/lich.json";

    /// <summary>Page <paramref name="number"/> (1-based) of a paginated list that starts at <paramref name="first"/>.</summary>
    public static string Paged(string first, int number) => number <= 1 ? first : $"{first}trang/{number}/";

    /// <summary>A link usable in any page: "/ra-quan-2024/ke-hoach/x/".</summary>
    public string Href(string path) => config.BasePath + path;

    /// <summary>
    /// The full URL of <paramref name="path"/>. A site's own paths (letters, digits, "-", ".", "_", "~" and "/", no
    /// dot segment) resolve to the base URL followed by the path, put together without parsing a URI: a plan page
    /// asks for a dozen, and parsing them was a fiftieth of a large build. Anything else is resolved by <see cref="Uri"/>.
    /// </summary>
    public string Absolute(string path) =>
        _plainBase is { } plainBase && IsPlainRelative(path) ? string.Concat(plainBase, path) : new Uri(config.BaseUrl, path).AbsoluteUri;

    // The base URL when a plain path is simply appended to it: it ends in "/" and has no query or fragment.
    private readonly string? _plainBase =
        config.BaseUrl.AbsoluteUri is { } b && b.EndsWith('/') && config.BaseUrl.Query.Length == 0 && config.BaseUrl.Fragment.Length == 0 ? b : null;

    private static readonly SearchValues<char> PlainPathChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    private static bool IsPlainRelative(string path) =>
        path is not ['/' or '.', ..]
        && !path.AsSpan().ContainsAnyExcept(PlainPathChars)
        && !path.Contains("/.", StringComparison.Ordinal)
        && !path.Contains("//", StringComparison.Ordinal);

    /// <summary>The file a path is written to: "ke-hoach/x/" becomes "ke-hoach/x/index.html".</summary>
    public static string FileFor(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
}
