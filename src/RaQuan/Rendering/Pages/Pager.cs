namespace RaQuan.Rendering.Pages;

/// <summary>Position in a paginated list.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Count">Number of pages.</param>
/// <param name="First">Path of page 1; the others are <c>First + "trang/N/"</c>.</param>
public sealed record Pager(int Number, int Count, string First)
{
    public string PathOf(int number) => SiteUrls.Paged(First, number);

    public string? Previous => Number > 1 ? PathOf(Number - 1) : null;

    public string? Next => Number < Count ? PathOf(Number + 1) : null;
}
