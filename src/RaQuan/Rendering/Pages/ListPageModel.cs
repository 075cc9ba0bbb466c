namespace RaQuan.Rendering.Pages;

/// <summary>A page that shows one page of a paginated list of plans; its title carries the page number.</summary>
public abstract record ListPageModel : PageModel
{
    /// <summary>This page's share of the plans.</summary>
    public required IReadOnlyList<Plan> Plans { get; init; }

    public required Pager Pager { get; init; }

    /// <summary>Plans in the whole list.</summary>
    public required int Total { get; init; }

    public override string DocumentTitle => Pager.Number > 1
        ? $"{Title} – Trang {Pager.Number}/{Pager.Count} – {Site.Config.Title}"
        : base.DocumentTitle;
}
