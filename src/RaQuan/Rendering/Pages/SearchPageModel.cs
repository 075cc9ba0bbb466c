namespace RaQuan.Rendering.Pages;

/// <summary>The search page: a form the theme's script answers from the index in <see cref="SiteUrls.SearchData"/>.</summary>
public sealed record SearchPageModel : PageModel
{
    public override PageKind Kind => PageKind.Search;
}
