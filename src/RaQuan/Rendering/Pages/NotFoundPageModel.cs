namespace RaQuan.Rendering.Pages;

public sealed record NotFoundPageModel : PageModel
{
    public override PageKind Kind => PageKind.NotFound;
}
