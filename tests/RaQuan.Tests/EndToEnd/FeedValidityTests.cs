using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace RaQuan.Tests.EndToEnd;

/// <summary>
/// Every feed read by .NET's syndication parser (RSS 2.0 and Atom 1.0) and held to the W3C feed validator's rules:
/// every item dated, ids unique and stable, Atom's required id, updated, author and self link.
/// </summary>
public sealed class FeedValidityTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // A plan dated only by publish_date, one only by date, a postponement with no recorded update and no plan.
    private const string Files = """
        -- content/plans/chi-dang.md --
        ---
        title: "Kế hoạch chỉ có ngày đăng"
        unit: dak-la
        publish_date: 2024-02-10
        ---
        Nội dung.
        -- content/ceremonies/hoan.yml --
        unit: kon-ray
        start: 05/03/2024 07:30
        status: postponed
        """;

    private static IEnumerable<string> Feeds(TestSite site, string name) =>
        Directory.EnumerateFiles(site.Output, name, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f));

    private static SyndicationFeed Parse(TestSite site, string path)
    {
        using var reader = XmlReader.Create(site.OutPath(path));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Every_rss_feed_parses_and_every_item_has_a_date_and_a_unique_guid()
    {
        using var site = TestSite.Create(Files);
        site.BuildOk();

        var feeds = Feeds(site, "rss.xml").ToList();
        Assert.Contains("dia-ban/dak-ha/rss.xml", feeds);
        Assert.Contains("lich/rss.xml", feeds);
        foreach (var path in feeds)
        {
            var feed = Parse(site, path);
            var xml = XDocument.Load(site.OutPath(path));
            var items = xml.Descendants("item").ToList();
            Assert.True(items.All(i => i.Element("pubDate") is not null), $"{path}: an item has no pubDate");
            Assert.All(feed.Items, i => Assert.NotEqual(default, i.PublishDate));
            Assert.Equal(items.Count, items.Select(i => i.Element("guid")!.Value).Distinct().Count());
            if (items.Count > 0)
            {
                Assert.True(xml.Descendants("lastBuildDate").Any(), $"{path} has no lastBuildDate");
                Assert.Equal(feed.Items.Max(i => i.PublishDate), feed.LastUpdatedTime);
            }
        }

        var own = Parse(site, "dia-ban/dak-la/rss.xml").Items.Single(i => i.Title.Text == "Kế hoạch chỉ có ngày đăng");
        Assert.Equal(DateTimeOffset.Parse("2024-02-10T00:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture), own.PublishDate);
    }

    [Fact]
    public void Every_atom_feed_beside_an_rss_feed_is_valid_rfc_4287()
    {
        using var site = TestSite.Create(Files);
        site.BuildOk();

        var rssFeeds = Feeds(site, "rss.xml").ToList();
        Assert.Equal(rssFeeds.Select(f => f.Replace("rss.xml", "atom.xml", StringComparison.Ordinal)).Order(), Feeds(site, "atom.xml").Order());
        foreach (var path in Feeds(site, "atom.xml"))
        {
            var feed = Parse(site, path);
            var rss = Parse(site, path.Replace("atom.xml", "rss.xml", StringComparison.Ordinal));
            var xml = XDocument.Load(site.OutPath(path)).Root!;
            Assert.Equal(Atom + "feed", xml.Name);
            Assert.StartsWith("https://example.gov.vn/ra-quan-2024/", feed.Id);
            Assert.NotEqual(default, feed.LastUpdatedTime);
            Assert.NotEmpty(feed.Authors);
            Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://example.gov.vn/ra-quan-2024/" + path);
            Assert.Contains(feed.Links, l => l.RelationshipType == "alternate");
            Assert.Equal(rss.Items.Select(i => i.Title.Text), feed.Items.Select(i => i.Title.Text));
            Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
            foreach (var entry in feed.Items)
            {
                Assert.False(string.IsNullOrEmpty(entry.Id), path);
                Assert.NotEqual(default, entry.LastUpdatedTime);
                Assert.Contains(entry.Links, l => l.RelationshipType == "alternate");
                Assert.True(entry.Authors.Count > 0 || feed.Authors.Count > 0);
            }

            Assert.All(xml.Elements(Atom + "entry").Elements(Atom + "content"), c => Assert.Equal("html", c.Attribute("type")!.Value));
        }

        var plan = Parse(site, "atom.xml").Items.First(i => i.Title.Text.StartsWith("Kế hoạch Lễ ra quân đầu năm 2024", StringComparison.Ordinal));
        Assert.Contains("Toàn tỉnh ra quân đồng loạt", ((TextSyndicationContent)plan.Content).Text);
    }

    [Fact]
    public void A_postponement_with_no_recorded_update_is_dated_and_keeps_its_guid_from_build_to_build()
    {
        using var site = TestSite.Create(Files);
        site.BuildOk();
        var first = Postponement(site);
        site.BuildOk();
        var second = Postponement(site);

        Assert.NotNull(first.Element("pubDate"));
        Assert.DoesNotContain("khong-ngay", first.Element("guid")!.Value, StringComparison.Ordinal);
        Assert.Equal(first.Element("guid")!.Value, second.Element("guid")!.Value);
        Assert.Contains("Hoãn lễ", XDocument.Load(site.OutPath("lich/rss.xml")).ToString(), StringComparison.Ordinal);

        static XElement Postponement(TestSite site) => XDocument.Load(site.OutPath("dia-ban/kon-ray/rss.xml")).Descendants("item")
            .Single(i => i.Element("title")!.Value.StartsWith("Hoãn lễ:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_with_neither_date_nor_publish_date_is_an_error_that_says_how_to_date_it()
    {
        using var site = TestSite.Create("""
            -- content/plans/khong-ngay.md --
            ---
            title: "Kế hoạch chưa có ngày"
            unit: dak-la
            ---
            Nội dung.
            """);

        var run = site.BuildFails("khong-ngay.md:1:1", "the plan has no date", fix: "fix: add a line such as \"publish_date: 2024-02-20\"");

        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void The_feed_list_page_links_every_feed_and_its_opml_subscribes_to_all_of_them()
    {
        using var site = TestSite.Create(Files);
        site.BuildOk();

        var page = site.Html("nguon-tin/index.html");
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();
        foreach (var feed in Feeds(site, "rss.xml").Concat(Feeds(site, "atom.xml")))
        {
            Assert.Contains("/ra-quan-2024/" + feed.Replace('\\', '/'), links);
        }

        var opml = XDocument.Load(site.OutPath("nguon-tin/nguon-tin.opml"));
        var outlines = opml.Descendants("outline").Select(o => o.Attribute("xmlUrl")!.Value).ToList();
        Assert.Equal(Feeds(site, "rss.xml").Select(f => "https://example.gov.vn/ra-quan-2024/" + f.Replace('\\', '/')).Order(), outlines.Order());
        Assert.Contains("/ra-quan-2024/nguon-tin/nguon-tin.opml", links);
        Assert.NotNull(site.Html("index.html").QuerySelector("footer a[href='/ra-quan-2024/nguon-tin/']"));
    }
}

/// <summary>The sample site (content/) as a reader and a journalist see it: every plan dated in lists and feeds.</summary>
public sealed class SampleSiteDateTests
{
    [Fact]
    public void Every_plan_of_the_sample_site_shows_a_date_in_lists_and_in_its_feeds()
    {
        using var site = SampleSite.Build();

        var items = site.Html("ke-hoach/index.html").QuerySelectorAll(".plan-item");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.NotNull(i.QuerySelector(".plan-item-meta time[datetime]")));

        foreach (var feed in new[] { "rss.xml", "dia-ban/dak-ha/rss.xml", "dia-ban/kon-tum/rss.xml" })
        {
            var xml = XDocument.Load(site.OutPath(feed));
            Assert.All(xml.Descendants("item"), i => Assert.NotNull(i.Element("pubDate")));
            Assert.NotNull(xml.Descendants("lastBuildDate").SingleOrDefault());
        }
    }
}
