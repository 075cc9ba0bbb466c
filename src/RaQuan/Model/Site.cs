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

    /// <summary>The build's notion of "now", in the site's time zone.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Years in which plans were listed, newest first.</summary>
    public IReadOnlyList<int> PlanYears => Plans.Select(p => p.ListingDate?.Year).OfType<int>().Distinct().OrderDescending().ToList();

    public IEnumerable<Unit> AllUnits => RootUnits.SelectMany(u => u.SelfAndDescendants());
}
