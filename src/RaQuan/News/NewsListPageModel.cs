using RaQuan.Rendering;
using RaQuan.Rendering.Pages;

namespace RaQuan.News;

/// <summary>One page of the news list (/tin-tuc/) or of a month's archive.</summary>
public sealed record NewsListPageModel : PageModel
{
    public override PageKind Kind => PageKind.NewsList;

    public required IReadOnlyList<NewsPost> Posts { get; init; }
    public required Pager Pager { get; init; }

    /// <summary>Every month with news, newest first, for the archive links.</summary>
    public required IReadOnlyList<(int Year, int Month)> Months { get; init; }

    public override string DocumentTitle => Pager.Number > 1
        ? $"{Title} – Trang {Pager.Number}/{Pager.Count} – {Site.Config.Title}"
        : base.DocumentTitle;
}
