namespace RaQuan.Rendering.Pages;

/// <summary>A unit's page: the plans of the unit and of the units under it.</summary>
public sealed record UnitPageModel : ListPageModel
{
    public override PageKind Kind => PageKind.Unit;
    public required Unit Unit { get; init; }

    /// <summary>Ceremonies of the unit and the units under it: upcoming soonest first, then past ones most recent first.</summary>
    public IReadOnlyList<Ceremony> Ceremonies { get; init; } = [];

    /// <summary>Result tables with figures for this unit or the units under it (on the first page only).</summary>
    public IReadOnlyList<ResultTable> Results { get; init; } = [];

    /// <summary>The newest news of the unit and the units under it (first page only).</summary>
    public IReadOnlyList<NewsPost> News { get; init; } = [];
}
