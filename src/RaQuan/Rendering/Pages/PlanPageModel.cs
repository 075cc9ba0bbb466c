using RaQuan.Model;

namespace RaQuan.Rendering.Pages;

public sealed record PlanPageModel : PageModel
{
    public override PageKind Kind => PageKind.Plan;
    public required Plan Plan { get; init; }
    public required RenderedBody Body { get; init; }

    /// <summary>Result tables that report on this plan.</summary>
    public IReadOnlyList<ResultTable> Results { get; init; } = [];
}
