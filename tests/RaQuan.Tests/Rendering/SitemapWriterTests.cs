using System.Xml.Linq;
using RaQuan.Sitemaps;

namespace RaQuan.Tests.Rendering;

public sealed class SitemapWriterTests
{
    [Fact]
    public void More_than_fifty_thousand_urls_go_behind_a_sitemap_index()
    {
        var entries = Enumerable.Range(0, SitemapWriter.MaxUrlsPerFile + 1)
            .Select(i => new SitemapEntry($"https://example.gov.vn/ke-hoach/{i:000000}/", null)).ToList();

        var files = SitemapWriter.Write(entries, f => "https://example.gov.vn/" + f).ToList();

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"], files.Select(f => f.File).ToArray());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(SitemapWriter.MaxUrlsPerFile, XDocument.Parse(Encoding.UTF8.GetString(files[0].Xml)).Descendants(ns + "url").Count());
        Assert.Single(XDocument.Parse(Encoding.UTF8.GetString(files[1].Xml)).Descendants(ns + "url"));
        var index = XDocument.Parse(Encoding.UTF8.GetString(files[2].Xml));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.gov.vn/sitemap-1.xml", "https://example.gov.vn/sitemap-2.xml"],
            index.Descendants(ns + "loc").Select(l => l.Value).ToArray());
    }
}
