namespace RaQuan.Rendering.Pages;

/// <summary>
/// What a page tells the sites that share it (Open Graph, read by Facebook and Zalo; Twitter cards) and search
/// engines (schema.org JSON-LD, already serialised and safe to put inside a script element).
/// </summary>
/// <param name="Type">The og:type: "website" or "article".</param>
/// <param name="PublishedTime">article:published_time, ISO 8601 with the site's offset ("2024-01-22T00:00:00+07:00").</param>
/// <param name="JsonLd">The JSON-LD object, or null.</param>
public sealed record SharingInfo(string Type, string? PublishedTime, string? JsonLd)
{
    public static readonly SharingInfo Website = new("website", null, null);
}
