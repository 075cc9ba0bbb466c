using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Security.Cryptography;
using RaQuan.Rendering.Pages;

namespace RaQuan.Rendering.Caching;

/// <summary>
/// A page's render key: everything its view can read, so two pages with one key render to the same bytes. Content
/// outside plans/ (site.yml, units.yml, pages, files) and the build options are in the site stamp; a plan is its
/// file's stamp; what views read of the site as a whole (plan counts) is the site summary.
/// </summary>
/// <remarks>
/// Only the page models listed here are cached, and only while they have the properties listed here: a feature
/// that adds a property (or a new page kind, or a new <see cref="Site"/> property) makes those pages render every
/// time until its inputs are added below, rather than serving a stale page.
/// </remarks>
internal static class RenderKeys
{
    private static readonly string[] Common =
        [nameof(PageModel.Site), nameof(PageModel.Urls), nameof(PageModel.Kind), nameof(PageModel.Title), nameof(PageModel.Path),
         nameof(PageModel.Description), nameof(PageModel.Breadcrumbs), nameof(PageModel.Feeds), nameof(PageModel.Indexable),
         nameof(PageModel.DocumentTitle), nameof(PageModel.Output), nameof(PageModel.Language), nameof(PageModel.Translations),
         nameof(PageModel.Sharing), nameof(PageModel.Images), "EqualityContract"];

    private static readonly Dictionary<Type, string[]> Known = new()
    {
        [typeof(PlanPageModel)] = [nameof(PlanPageModel.Plan), nameof(PlanPageModel.Body), nameof(PlanPageModel.Ceremonies), nameof(PlanPageModel.Results), nameof(PlanPageModel.News)],
        [typeof(PlanListPageModel)] = [nameof(PlanListPageModel.Plans), nameof(PlanListPageModel.Pager), nameof(PlanListPageModel.Total)],
        [typeof(UnitPageModel)] =
            [nameof(UnitPageModel.Unit), nameof(UnitPageModel.Plans), nameof(UnitPageModel.Pager), nameof(UnitPageModel.Total),
             nameof(UnitPageModel.Ceremonies), nameof(UnitPageModel.Results), nameof(UnitPageModel.News)],
        [typeof(HomePageModel)] = [nameof(HomePageModel.Latest), nameof(HomePageModel.NextCeremonies), nameof(HomePageModel.LatestNews)],
        [typeof(UnitListPageModel)] = [],
        [typeof(NotFoundPageModel)] = [],
        [typeof(ContentPageModel)] = [nameof(ContentPageModel.Page), nameof(ContentPageModel.Body)],
        [typeof(EnglishPageModel)] = [nameof(EnglishPageModel.PublisherName)],
        [typeof(SearchPageModel)] = [],
        [typeof(FeedListPageModel)] = [nameof(FeedListPageModel.Entries)],
        [typeof(SchedulePageModel)] = [nameof(SchedulePageModel.Upcoming), nameof(SchedulePageModel.Past)],
        [typeof(CeremonyPageModel)] = [nameof(CeremonyPageModel.Ceremony), nameof(CeremonyPageModel.JsonLd), nameof(CeremonyPageModel.IsPast), nameof(CeremonyPageModel.News)],
        [typeof(ResultListPageModel)] = [],
        [typeof(ResultPageModel)] = [nameof(ResultPageModel.Table), nameof(ResultPageModel.ChartSvg), nameof(ResultPageModel.Downloads)],
    };

    private static readonly string[] KnownSiteProperties =
        [nameof(Site.Config), nameof(Site.RootUnits), nameof(Site.UnitsBySlug), nameof(Site.Plans), nameof(Site.PlansByUnit),
         nameof(Site.Pages), nameof(Site.Now), nameof(Site.AllUnits), nameof(Site.Ceremonies), nameof(Site.CeremoniesByUnit),
         nameof(Site.CeremoniesByPlan), nameof(Site.Results), nameof(Site.PlanYears),

         // News is read from news/, which the site stamp covers.
         nameof(Site.News)];

    private const DynamicallyAccessedMemberTypes ListedProperties =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicProperties;

    private static readonly ConcurrentDictionary<Type, bool> Cacheable = new();

    /// <summary>Whether the site holds only what the keys account for; if not, nothing is cached.</summary>
    public static bool SiteIsKnown { get; } = typeof(Site).GetProperties().All(p => KnownSiteProperties.Contains(p.Name));

    /// <summary>
    /// What views read of the site as a whole beyond its content files: how many plans each unit has, and whether
    /// there are ceremonies and result tables (the menu links to them), the years plans were issued in. Lists of ceremonies and tables a page shows
    /// are in its own key.
    /// </summary>
    public static string Summary(Site site)
    {
        var b = new StringBuilder().Append(site.Plans.Count).Append(' ').Append(site.Ceremonies.Count).Append(' ').Append(site.Results.Count);
        foreach (var unit in site.AllUnits)
        {
            b.Append(',').Append(site.PlansByUnit[unit].Count);
        }

        b.Append(' ').AppendJoin(',', site.PlanYears);

        return b.ToString();
    }

    /// <summary>The key of <paramref name="page"/>, or null when it cannot be cached.</summary>
    public static string? Of(PageModel page, Func<string, string?> stampOf, string summary) =>
        Made(b => Write(b, page, stampOf, summary), b => b.ToString());

    /// <summary>The SHA-256 of <see cref="Of"/>'s key in UTF-8, made without the key's string; null when the page cannot be cached.</summary>
    public static byte[]? HashOf(PageModel page, Func<string, string?> stampOf, string summary) =>
        Made(b => Write(b, page, stampOf, summary), Utf8Sha256);

    private static bool Write(StringBuilder b, PageModel page, Func<string, string?> stampOf, string summary)
    {
        if (!IsCacheable(page.GetType()))
        {
            return false;
        }

        b.Append(page.GetType().Name).Append('\n').Append(page.Path).Append('\n').Append(page.Title)
            .Append('\n').Append(page.Description).Append('\n').Append(page.Indexable).Append('\n').Append(page.DocumentTitle)
            .Append('\n').Append(page.Output).Append('\n').Append(page.Language).Append('\n').Append(page.Sharing);
        foreach (var translation in page.Translations)
        {
            b.Append('\n').Append(translation);
        }

        foreach (var link in page.Breadcrumbs)
        {
            b.Append('\n').Append(link);
        }

        foreach (var feed in page.Feeds)
        {
            b.Append('\n').Append(feed);
        }

        b.Append('\n');
        var ok = page switch
        {
            // The body is a function of the plan's text and the page's path, both in the key.
            PlanPageModel p => Plans(b, [p.Plan], stampOf) && Ceremonies(b, p.Ceremonies, stampOf) && Results(b, p.Results, stampOf),
            PlanListPageModel l => Plans(b.Append(l.Pager).Append(l.Total).Append(summary), l.Plans, stampOf),
            UnitPageModel u => Plans(b.Append(u.Unit.Slug).Append(u.Pager).Append(u.Total).Append(summary), u.Plans, stampOf)
                && Ceremonies(b, u.Ceremonies, stampOf) && Results(b, u.Results, stampOf),
            HomePageModel h => Plans(b.Append(summary), h.Latest, stampOf) && Ceremonies(b, h.NextCeremonies, stampOf),
            ContentPageModel c => b.Append(c.Page.Slug).Append(summary) is not null,
            UnitListPageModel or NotFoundPageModel or EnglishPageModel or SearchPageModel => b.Append(summary) is not null,

            // The entries are the units, in the site stamp, and whether there are ceremonies, in the summary.
            FeedListPageModel => b.Append(summary) is not null,

            // Days and the JSON-LD are made from the ceremonies' times; whether one is over, from the build time (site stamp).
            SchedulePageModel s => Ceremonies(b.Append("upcoming"), s.Upcoming.SelectMany(d => d.Ceremonies), stampOf)
                && Ceremonies(b.Append("\npast"), s.Past.SelectMany(d => d.Ceremonies), stampOf),
            CeremonyPageModel c => Ceremonies(b.Append(c.IsPast), [c.Ceremony], stampOf),

            // The chart is drawn from the table.
            ResultListPageModel l => Results(b, l.Site.Results, stampOf),
            ResultPageModel r => Results(b, [r.Table], stampOf),
            _ => false,
        };
        return ok;
    }

    /// <summary>
    /// What a plan's page is made from besides the site stamp: the plan, the ceremonies it organises and its result
    /// tables. Null when the plan page model holds more than the keys know, or the plan has no stamp.
    /// </summary>
    public static string? PlanInputs(Plan plan, IEnumerable<Ceremony> ceremonies, IEnumerable<ResultTable> results, Func<string, string?> stampOf)
    {
        var b = new StringBuilder();
        return IsCacheable(typeof(PlanPageModel))
            && Plans(b, [plan], stampOf) && Ceremonies(b, ceremonies, stampOf) && Results(b, results, stampOf)
            ? b.ToString()
            : null;
    }

    /// <summary>
    /// The SHA-256 of <see cref="PlanInputs"/> in UTF-8, made without its string; null when the inputs cannot be told.
    /// </summary>
    public static byte[]? PlanInputsHash(Plan plan, IEnumerable<Ceremony> ceremonies, IEnumerable<ResultTable> results, Func<string, string?> stampOf) =>
        IsCacheable(typeof(PlanPageModel))
            ? Made(b => Plans(b, [plan], stampOf) && Ceremonies(b, ceremonies, stampOf) && Results(b, results, stampOf), Utf8Sha256)
            : null;

    /// <summary>The key of an output that is not a themed page, or null when a plan in it has no stamp.</summary>
    public static string? Output(string path, OutputInputs shows, Func<string, string?> stampOf, string summary) =>
        Made(b => WriteOutput(b, path, shows, stampOf, summary), b => b.ToString());

    /// <summary>The SHA-256 of <see cref="Output"/>'s key in UTF-8, made without the key's string.</summary>
    public static byte[]? OutputHash(string path, OutputInputs shows, Func<string, string?> stampOf, string summary) =>
        Made(b => WriteOutput(b, path, shows, stampOf, summary), Utf8Sha256);

    private static bool WriteOutput(StringBuilder b, string path, OutputInputs shows, Func<string, string?> stampOf, string summary)
    {
        b.Append(path).Append('\n').Append(shows.PlanCounts ? summary : "").Append('\n');
        return Plans(b, shows.Plans, stampOf) && Ceremonies(b, shows.Ceremonies, stampOf) && Results(b, shows.Results, stampOf);
    }

    // A key is written into the thread's builder, which keeps its room from one key to the next (a plan page's key
    // runs to kilobytes), and taken from it as a string or a hash.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    [ThreadStatic]
    private static IncrementalHash? t_hash;

    [ThreadStatic]
    private static Encoder? t_encoder;

    private static T? Made<T>(Func<StringBuilder, bool> write, Func<StringBuilder, T> take) where T : class
    {
        var b = t_builder ?? new StringBuilder(8 * 1024);
        t_builder = null;
        try
        {
            return write(b) ? take(b) : null;
        }
        finally
        {
            b.Clear();
            t_builder = b.Capacity <= 256 * 1024 ? b : null;
        }
    }

    // The SHA-256 of the builder's text in UTF-8, encoded piece by piece (a pair of surrogates split between two
    // pieces is held by the encoder until the next).
    internal static byte[] Utf8Sha256(StringBuilder b)
    {
        var hash = t_hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = t_encoder ??= Encoding.UTF8.GetEncoder();
        const int Piece = 1024;
        Span<byte> bytes = stackalloc byte[(Piece * 3) + 8];
        foreach (var chunk in b.GetChunks())
        {
            for (var chars = chunk.Span; !chars.IsEmpty;)
            {
                encoder.Convert(chars[..Math.Min(chars.Length, Piece)], bytes, flush: false, out var used, out var written, out _);
                hash.AppendData(bytes[..written]);
                chars = chars[used..];
            }
        }

        encoder.Convert([], bytes, flush: true, out _, out var last, out _);
        hash.AppendData(bytes[..last]);
        return hash.GetHashAndReset();
    }

    private static bool Plans(StringBuilder b, IEnumerable<Plan> plans, Func<string, string?> stampOf)
    {
        foreach (var plan in plans)
        {
            if (stampOf(plan.Source.File) is not { } stamp)
            {
                return false;
            }

            b.Append('\n').Append(plan.Slug).Append(' ').Append(stamp);
        }

        return true;
    }

    // A ceremony is made from a file in ceremonies/ (in the site stamp) or read from a plan's text (that plan's
    // stamp), and shows the plan it belongs to.
    private static bool Ceremonies(StringBuilder b, IEnumerable<Ceremony> ceremonies, Func<string, string?> stampOf)
    {
        foreach (var ceremony in ceremonies)
        {
            b.Append('\n').Append(ceremony.Slug).Append(' ').Append(ceremony.Source).Append(' ').Append(stampOf(ceremony.Source.File));
            if (ceremony.Plan is { } plan && !Plans(b, [plan], stampOf))
            {
                return false;
            }
        }

        return true;
    }

    // A result table is read from results/ (in the site stamp) or from a plan's indicators (that plan's stamp).
    private static bool Results(StringBuilder b, IEnumerable<ResultTable> tables, Func<string, string?> stampOf)
    {
        foreach (var table in tables)
        {
            b.Append('\n').Append(table.Slug).Append(' ').Append(table.Source).Append(' ').Append(stampOf(table.Source.File));
            if (table.SourcePlan is { } plan && !Plans(b, [plan], stampOf))
            {
                return false;
            }
        }

        return true;
    }

    // The type's properties are listed by reflection: PageModel's annotation keeps them all in a trimmed build, and
    // GetOrAdd's factory would lose it (a delegate's parameter carries none), hence TryGetValue first.
    private static bool IsCacheable([DynamicallyAccessedMembers(ListedProperties)] Type type)
    {
        if (!Cacheable.TryGetValue(type, out var cacheable))
        {
            cacheable = Cacheable.GetOrAdd(type, Known.TryGetValue(type, out var own)
                && type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .All(p => Common.Contains(p.Name) || own.Contains(p.Name)));
        }

        return cacheable;
    }
}
