namespace RaQuan.Rendering.Pages;

public sealed record UnitListPageModel : PageModel
{
    public override PageKind Kind => PageKind.UnitList;
}
