using RaQuan.Model;

namespace RaQuan.Rendering.Pages;

public sealed record UnitPageModel : PageModel
{
    public override PageKind Kind => PageKind.Unit;
    public required Unit Unit { get; init; }

    /// <summary>This page's share of the plans of the unit and the units under it.</summary>
    public required IReadOnlyList<Plan> Plans { get; init; }

    public required Pager Pager { get; init; }
    public required int Total { get; init; }

    /// <summary>Ceremonies of the unit and the units under it: upcoming soonest first, then past ones most recent first.</summary>
    public IReadOnlyList<Ceremony> Ceremonies { get; init; } = [];

    public override string DocumentTitle => Pager.Number > 1
        ? $"{Title} – Trang {Pager.Number}/{Pager.Count} – {Site.Config.Title}"
        : base.DocumentTitle;
}
