namespace RaQuan.Rendering;

/// <summary>Which outputs each kind of page gets. Adding a format to a kind here is all it takes to advertise it.</summary>
public static class OutputTable
{
    private static readonly Dictionary<PageKind, OutputFormat[]> Table = new()
    {
        [PageKind.Home] = [OutputFormat.Html, OutputFormat.Rss, OutputFormat.Atom, OutputFormat.ICalendar],
        [PageKind.Unit] = [OutputFormat.Html, OutputFormat.Rss, OutputFormat.Atom, OutputFormat.ICalendar],
        [PageKind.Plan] = [OutputFormat.Html],
        [PageKind.PlanList] = [OutputFormat.Html],
        [PageKind.UnitList] = [OutputFormat.Html],
        [PageKind.Page] = [OutputFormat.Html],
        [PageKind.ResultList] = [OutputFormat.Html],
        [PageKind.Result] = [OutputFormat.Html, OutputFormat.Csv, OutputFormat.Json],
        [PageKind.English] = [OutputFormat.Html],
        [PageKind.NotFound] = [OutputFormat.Html],
        [PageKind.Search] = [OutputFormat.Html],
        [PageKind.Schedule] = [OutputFormat.Html, OutputFormat.Rss, OutputFormat.Atom],
        [PageKind.FeedList] = [OutputFormat.Html, OutputFormat.Opml],
        [PageKind.Ceremony] = [OutputFormat.Html, OutputFormat.ICalendar],
        [PageKind.News] = [OutputFormat.Html],
        [PageKind.NewsList] = [OutputFormat.Html],
    };

    public static IReadOnlyList<OutputFormat> For(PageKind kind) => Table[kind];

    public static bool Has(PageKind kind, OutputFormat format) => Table[kind].Contains(format);
}
