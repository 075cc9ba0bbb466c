namespace RaQuan.Rendering;

/// <summary>A kind of file RaQuan writes for a page: its name, media type and file name.</summary>
public sealed record OutputFormat(string Name, string MediaType, string FileName)
{
    public static readonly OutputFormat Html = new("html", "text/html", "index.html");
    public static readonly OutputFormat Rss = new("rss", "application/rss+xml", "rss.xml");
    public static readonly OutputFormat Atom = new("atom", "application/atom+xml", "atom.xml");

    /// <summary>A reader's subscription list of every feed of the site (see <see cref="SiteUrls.FeedList"/>).</summary>
    public static readonly OutputFormat Opml = new("opml", "text/x-opml", "nguon-tin.opml");

    public static readonly OutputFormat ICalendar = new("ical", "text/calendar", "lich.ics");

    /// <summary>Open data. Result tables write theirs under api/ket-qua/ by table name (see <see cref="SiteUrls.ResultData"/>).</summary>
    public static readonly OutputFormat Csv = new("csv", "text/csv", "data.csv");

    public static readonly OutputFormat Json = new("json", "application/json", "data.json");

    /// <summary>Whether the theme renders this output from a page model (the others are written by sections).</summary>
    public bool IsThemed => MediaType == "text/html";
}
