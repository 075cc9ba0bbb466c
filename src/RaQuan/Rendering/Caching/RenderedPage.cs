using RaQuan.Sitemaps;

namespace RaQuan.Rendering.Caching;

/// <summary>The files of one page's outputs as written, and its sitemap entry when it is indexable.</summary>
internal sealed record RenderedPage(IReadOnlyList<(string File, byte[] Bytes)> Files, SitemapEntry? Sitemap);
