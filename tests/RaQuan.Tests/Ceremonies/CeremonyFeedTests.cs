using System.Xml.Linq;

namespace RaQuan.Tests.Ceremonies;

public sealed class CeremonyFeedTests
{
    private static string[] Titles(string xml) =>
        XDocument.Parse(xml).Descendants("item").Select(i => i.Element("title")!.Value).ToArray();

    [Fact]
    public void Postponed_and_cancelled_ceremonies_appear_as_feed_items_of_their_units()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var rss = XDocument.Parse(site.Read("rss.xml"));
        var postponed = rss.Descendants("item").Single(i => i.Element("title")!.Value.StartsWith("Hoãn lễ:", StringComparison.Ordinal));
        Assert.EndsWith("– Xã Đắk La", postponed.Element("title")!.Value);
        Assert.Equal("Fri, 01 Mar 2024 00:00:00 +0700", postponed.Element("pubDate")!.Value);
        Assert.Contains("được hoãn từ 07h30 thứ Ba, ngày 05/03/2024 sang 07h30 thứ Sáu, ngày 08/03/2024", postponed.Element("description")!.Value);
        Assert.Equal("false", postponed.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.StartsWith("https://example.gov.vn/ra-quan-2024/lich/", postponed.Element("link")!.Value);

        var cancelled = rss.Descendants("item").Single(i => i.Element("title")!.Value.StartsWith("Hủy lễ:", StringComparison.Ordinal));
        Assert.EndsWith("– Thị trấn Đắk Hà", cancelled.Element("title")!.Value);
        Assert.Contains("đã bị hủy", cancelled.Element("description")!.Value);

        Assert.Contains(Titles(site.Read("dia-ban/dak-la/rss.xml")), t => t.StartsWith("Hoãn lễ:", StringComparison.Ordinal));
        Assert.Contains(Titles(site.Read("dia-ban/dak-ha/rss.xml")), t => t.StartsWith("Hủy lễ:", StringComparison.Ordinal));
        Assert.DoesNotContain(Titles(site.Read("dia-ban/kon-ray/rss.xml")), t => t.StartsWith("H", StringComparison.Ordinal) && t.Contains("lễ:", StringComparison.Ordinal));
        Assert.DoesNotContain(Titles(site.Read("dia-ban/dak-nong/rss.xml")), t => t.Contains("lễ:", StringComparison.Ordinal));
    }

    [Fact]
    public void Scheduled_ceremonies_add_nothing_to_feeds()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.yml --
            unit: kon-ray
            start: 2024-03-05T08:30
            place: "Sân vận động huyện"
            """);
        site.BuildOk();

        Assert.Equal(4, XDocument.Parse(site.Read("rss.xml")).Descendants("item").Count());
    }
}
