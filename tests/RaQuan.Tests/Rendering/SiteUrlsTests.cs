using RaQuan.Model;
using RaQuan.Rendering;

namespace RaQuan.Tests.Rendering;

/// <summary>Full URLs made by appending a plain path to the base URL are the ones URI resolution gives.</summary>
public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("https://dienbien.example.gov.vn/")]
    [InlineData("https://example.gov.vn/ra-quan-2024/")]
    [InlineData("https://example.gov.vn/ra-quan-2024")]
    [InlineData("http://localhost:8080/")]
    [InlineData("https://example.gov.vn/a/b/?x=1")]
    [InlineData("https://EXAMPLE.gov.vn:443/Cong-Thong-Tin/")]
    public void Absolute_urls_are_what_uri_resolution_gives(string baseUrl)
    {
        var urls = new SiteUrls(Config(baseUrl));
        string[] pieces = ["ke-hoach", "/", "x", "00001-le-ra-quan", ".", "..", "ban-in.html", "rss.xml", "~", "_", "%41", "?q=1", "#muc", ":", "Đắk", " ", "A", "//", "-"];
        var random = new Random(20261130);
        var paths = new List<string> { "", "ke-hoach/x/", "dia-ban/tinh-dien-bien/rss.xml", "tim-kiem/", "a/./b", "a/../b", ".well-known/x", "/root" };
        for (var i = 0; i < 3_000; i++)
        {
            paths.Add(string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)])));
        }

        var resolved = 0;
        foreach (var path in paths)
        {
            // Some of these are not paths at all ("//x" names a host): those must fail as URI resolution does.
            string expected;
            try
            {
                expected = new Uri(new Uri(baseUrl), path).AbsoluteUri;
            }
            catch (UriFormatException)
            {
                Assert.Throws<UriFormatException>(() => urls.Absolute(path));
                continue;
            }

            Assert.Equal(expected, urls.Absolute(path));
            resolved++;
        }

        Assert.True(resolved > 2_000, $"only {resolved} paths resolved");
    }

    private static SiteConfig Config(string baseUrl) => new(
        "Cổng thông tin", null, new Uri(baseUrl), "vi", TimeZoneInfo.Utc, new Publisher("UBND", null, null, null, null), FeedSettings.Default, 20);
}
