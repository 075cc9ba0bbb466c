namespace RaQuan.Rendering.Pages;

/// <summary>/ket-qua/: every result table.</summary>
public sealed record ResultListPageModel : PageModel
{
    public override PageKind Kind => PageKind.ResultList;
}
