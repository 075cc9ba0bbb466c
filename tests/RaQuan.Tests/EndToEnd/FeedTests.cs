using System.Xml.Linq;

namespace RaQuan.Tests.EndToEnd;

public sealed class FeedTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Site_feed_is_valid_rss_with_full_text_absolute_links_and_vietnam_dates()
    {
        using var site = TestSite.Create("""
            -- content/plans/lien-ket.md --
            ---
            title: "Kế hoạch có liên kết"
            unit: kon-ray
            date: 2024-02-15
            ---
            Xem [phụ lục](../phu-luc/) và [mục II](#muc-ii) và ![sơ đồ](so-do.png).
            -- content/static/so-do.png --
            (a picture)
            """);
        site.BuildOk();

        var rss = XDocument.Parse(site.Read("rss.xml"));
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal("2.0", rss.Root.Attribute("version")!.Value);
        Assert.Equal("vi", channel.Element("language")!.Value);
        Assert.Equal("https://example.gov.vn/ra-quan-2024/", channel.Element("link")!.Value);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal(("self", "https://example.gov.vn/ra-quan-2024/rss.xml"), (self.Attribute("rel")!.Value, self.Attribute("href")!.Value));

        var items = channel.Elements("item").ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal("Kế hoạch có liên kết", items[0].Element("title")!.Value);
        foreach (var item in items)
        {
            var link = item.Element("link")!.Value;
            Assert.StartsWith("https://example.gov.vn/ra-quan-2024/ke-hoach/", link);
            Assert.Equal(link, item.Element("guid")!.Value);
            Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
            var pubDate = item.Element("pubDate")!.Value;
            Assert.EndsWith(" +0700", pubDate);
            Assert.True(DateTimeOffset.TryParseExact(pubDate, "ddd, dd MMM yyyy HH:mm:ss zzz".Replace("zzz", "+0700"),
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _), pubDate);
        }

        Assert.Equal("Thu, 15 Feb 2024 00:00:00 +0700", items[0].Element("pubDate")!.Value);
        var html = items[0].Element(Content + "encoded")!.Value;
        Assert.Contains("href=\"https://example.gov.vn/ra-quan-2024/ke-hoach/phu-luc/\"", html);
        Assert.Contains("href=\"https://example.gov.vn/ra-quan-2024/ke-hoach/ke-hoach-co-lien-ket/#muc-ii\"", html);
        Assert.Contains("src=\"https://example.gov.vn/ra-quan-2024/so-do.png\"", html);
        Assert.Equal("Ra quân đồng loạt lúc 08h30 ngày 20/02/2024.",
            items.Single(i => i.Element("title")!.Value.StartsWith("Kế hoạch Lễ", StringComparison.Ordinal)).Element("description")!.Value);
    }

    [Fact]
    public void Unit_feed_holds_only_its_own_and_its_descendants_plans()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        static string[] Titles(string xml) =>
            XDocument.Parse(xml).Descendants("item").Select(i => i.Element("title")!.Value).ToArray();

        Assert.Equal(["Phát động thi đua xã Đắk La năm 2024"], Titles(site.Read("dia-ban/dak-ha/rss.xml")));
        Assert.Equal(
            ["Lễ ra quân đầu xuân Giáp Thìn"],
            Titles(site.Read("dia-ban/dak-nong/rss.xml")));
        Assert.Equal(
            ["Phát động thi đua xã Đắk La năm 2024", "Phát động thi đua huyện Kon Rẫy", "Kế hoạch Lễ ra quân đầu năm 2024 (15/KH-UBND)"],
            Titles(site.Read("dia-ban/kon-tum/rss.xml")));
        Assert.Empty(Titles(site.Read("dia-ban/thi-tran-dak-ha/rss.xml")));
    }

    [Fact]
    public void Feed_item_count_follows_the_setting()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: "Ra quân"
            base_url: "https://example.gov.vn/"
            publisher:
              name: "UBND tỉnh"
            feed:
              items: 2
              full_text: false
            """);
        site.BuildOk();

        var rss = XDocument.Parse(site.Read("rss.xml"));
        Assert.Equal(2, rss.Descendants("item").Count());
        Assert.Empty(rss.Descendants(Content + "encoded"));
    }

    [Fact]
    public void Pages_advertise_their_feeds()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        var links = site.Html("dia-ban/dak-ha/index.html").QuerySelectorAll("link[rel=alternate][type='application/rss+xml']")
            .Select(l => l.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["https://example.gov.vn/ra-quan-2024/dia-ban/dak-ha/rss.xml", "https://example.gov.vn/ra-quan-2024/rss.xml"], links);
    }

    [Fact]
    public void Pages_advertise_their_atom_feeds_beside_the_rss_ones()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        foreach (var page in new[] { "dia-ban/dak-ha/index.html", "ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html" })
        {
            var links = site.Html(page).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']")
                .Select(l => (l.GetAttribute("href") ?? "", l.GetAttribute("title") ?? "")).ToArray();
            Assert.Equal(2, links.Length);
            Assert.All(links, l => Assert.EndsWith("(Atom)", l.Item2));
            Assert.Equal("https://example.gov.vn/ra-quan-2024/atom.xml", links[1].Item1);
        }

        var unitLinks = site.Html("dia-ban/dak-ha/index.html").QuerySelectorAll("link[rel=alternate][type='application/atom+xml']")
            .Select(l => l.GetAttribute("href") ?? "").ToArray();
        Assert.Equal("https://example.gov.vn/ra-quan-2024/dia-ban/dak-ha/atom.xml", unitLinks[0]);
        Assert.True(site.Exists("dia-ban/dak-ha/atom.xml"));
        Assert.True(site.Exists("atom.xml"));
        var home = site.Html("index.html").QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("type")).ToArray();
        Assert.Contains("application/atom+xml", home);
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(site.Read("sitemap.xml"));
        var urls = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.All(urls, u => Assert.StartsWith("https://example.gov.vn/ra-quan-2024/", u));
        Assert.Contains("https://example.gov.vn/ra-quan-2024/ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/", urls);
        Assert.Contains("https://example.gov.vn/ra-quan-2024/dia-ban/dak-la/", urls);
        Assert.DoesNotContain(urls, u => u.Contains("404", StringComparison.Ordinal));
        var lastmod = sitemap.Descendants(ns + "url")
            .Single(u => u.Element(ns + "loc")!.Value.EndsWith("/ke-hoach-le-ra-quan-dau-nam-2024/", StringComparison.Ordinal))
            .Element(ns + "lastmod")!.Value;
        Assert.Equal("2024-01-25", lastmod);
    }
}
