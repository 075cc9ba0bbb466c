namespace RaQuan.Rendering.Caching;

/// <summary>
/// What an output other than a themed page (a feed, a calendar, open data) shows besides what the site stamp
/// covers, for its render key: the plans, ceremonies and result tables in it, and whether it shows plan counts.
/// </summary>
internal sealed record OutputInputs
{
    public IEnumerable<Plan> Plans { get; init; } = [];
    public IEnumerable<Ceremony> Ceremonies { get; init; } = [];
    public IEnumerable<ResultTable> Results { get; init; } = [];

    /// <summary>Whether it shows how many plans each unit has (the site summary).</summary>
    public bool PlanCounts { get; init; }
}
