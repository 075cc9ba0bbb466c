namespace RaQuan.Sitemaps;

/// <summary>A URL of the sitemap, with the date its content last changed when known.</summary>
/// <param name="Images">Absolute URLs of the photos the page shows (Google's image sitemap extension); null for none.</param>
internal sealed record SitemapEntry(string Url, DateOnly? LastModified, IReadOnlyList<string>? Images = null);
