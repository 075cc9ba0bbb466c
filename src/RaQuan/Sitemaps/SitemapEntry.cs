namespace RaQuan.Sitemaps;

/// <summary>A URL of the sitemap, with the date its content last changed when known.</summary>
internal sealed record SitemapEntry(string Url, DateOnly? LastModified);
