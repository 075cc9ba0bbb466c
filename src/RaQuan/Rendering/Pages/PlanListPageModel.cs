namespace RaQuan.Rendering.Pages;

public sealed record PlanListPageModel : ListPageModel
{
    public override PageKind Kind => PageKind.PlanList;
}
