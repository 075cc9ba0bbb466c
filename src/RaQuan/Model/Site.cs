namespace RaQuan.Model;

/// <summary>The assembled site: every published thing, linked and ordered.</summary>
public sealed class Site
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<Unit> RootUnits { get; init; }
    public required IReadOnlyDictionary<string, Unit> UnitsBySlug { get; init; }

    /// <summary>Published plans, newest first.</summary>
    public required IReadOnlyList<Plan> Plans { get; init; }

    /// <summary>Plans of each unit and of the units below it, newest first.</summary>
    public required IReadOnlyDictionary<Unit, IReadOnlyList<Plan>> PlansByUnit { get; init; }

    public required IReadOnlyList<ContentPage> Pages { get; init; }

    /// <summary>Every ceremony, earliest first.</summary>
    public IReadOnlyList<Ceremony> Ceremonies { get; init; } = [];

    /// <summary>Ceremonies of each unit and of the units below it, earliest first; units without any are absent.</summary>
    public IReadOnlyDictionary<Unit, IReadOnlyList<Ceremony>> CeremoniesByUnit { get; init; } = new Dictionary<Unit, IReadOnlyList<Ceremony>>();

    /// <summary>Ceremonies a plan organises, earliest first; plans without any are absent.</summary>
    public IReadOnlyDictionary<Plan, IReadOnlyList<Ceremony>> CeremoniesByPlan { get; init; } = new Dictionary<Plan, IReadOnlyList<Ceremony>>();

    /// <summary>Result tables, in Vietnamese order of their titles.</summary>
    public IReadOnlyList<ResultTable> Results { get; init; } = [];

    /// <summary>Published news posts with their photos, newest first.</summary>
    public NewsIndex News { get; init; } = NewsIndex.Empty;

    /// <summary>The build's notion of "now", in the site's time zone.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Years in which plans were listed, newest first.</summary>
    public IReadOnlyList<int> PlanYears => Plans.Select(p => p.ListingDate?.Year).OfType<int>().Distinct().OrderDescending().ToList();

    public IEnumerable<Unit> AllUnits => RootUnits.SelectMany(u => u.SelfAndDescendants());
}
