using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Pages;

public sealed record ContentPageModel : PageModel
{
    public override PageKind Kind => PageKind.Page;
    public required ContentPage Page { get; init; }
    public required RenderedBody Body { get; init; }
}
