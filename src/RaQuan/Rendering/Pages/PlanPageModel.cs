using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Pages;

public sealed record PlanPageModel : PageModel
{
    public override PageKind Kind => PageKind.Plan;
    public required Plan Plan { get; init; }
    public required RenderedBody Body { get; init; }

    /// <summary>Ceremonies the plan organises, earliest first.</summary>
    public IReadOnlyList<Ceremony> Ceremonies { get; init; } = [];

    /// <summary>Result tables that report on this plan.</summary>
    public IReadOnlyList<ResultTable> Results { get; init; } = [];

    /// <summary>News posts that report on the plan, newest first.</summary>
    public IReadOnlyList<NewsPost> News { get; init; } = [];
}
