namespace RaQuan.Rendering;

/// <summary>A kind of file RaQuan writes for a page: its name, media type and file name.</summary>
public sealed record OutputFormat(string Name, string MediaType, string FileName)
{
    public static readonly OutputFormat Html = new("html", "text/html", "index.html");
    public static readonly OutputFormat Rss = new("rss", "application/rss+xml", "rss.xml");

    /// <summary>A self-contained page laid out like the paper document, for printing and for "Tải về".</summary>
    public static readonly OutputFormat Print = new("print", "text/html", "ban-in.html");

    /// <summary>The article alone, without the site around it, for portals whose CMS takes pasted HTML.</summary>
    public static readonly OutputFormat Fragment = new("fragment", "text/html", "fragment.html");

    /// <summary>Whether the theme renders this output from a page model (the others are written by sections).</summary>
    public bool IsThemed => MediaType == "text/html";
}
