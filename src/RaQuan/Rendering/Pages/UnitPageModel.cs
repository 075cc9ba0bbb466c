using RaQuan.Model;

namespace RaQuan.Rendering.Pages;

public sealed record UnitPageModel : PageModel
{
    public override PageKind Kind => PageKind.Unit;
    public required Unit Unit { get; init; }

    /// <summary>This page's share of the plans of the unit and the units under it.</summary>
    public required IReadOnlyList<Plan> Plans { get; init; }

    public required Pager Pager { get; init; }

    /// <summary>Result tables with figures for this unit or the units under it (on the first page only).</summary>
    public IReadOnlyList<ResultTable> Results { get; init; } = [];
    public required int Total { get; init; }

    public override string DocumentTitle => Pager.Number > 1
        ? $"{Title} – Trang {Pager.Number}/{Pager.Count} – {Site.Config.Title}"
        : base.DocumentTitle;
}
