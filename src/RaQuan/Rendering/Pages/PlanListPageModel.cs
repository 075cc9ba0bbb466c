using RaQuan.Model;

namespace RaQuan.Rendering.Pages;

public sealed record PlanListPageModel : PageModel
{
    public override PageKind Kind => PageKind.PlanList;
    public required IReadOnlyList<Plan> Plans { get; init; }
    public required Pager Pager { get; init; }
    public required int Total { get; init; }

    public override string DocumentTitle => Pager.Number > 1
        ? $"{Title} – Trang {Pager.Number}/{Pager.Count} – {Site.Config.Title}"
        : base.DocumentTitle;
}
