using System.Xml.Linq;
using RaQuan.Cli;

namespace RaQuan.Tests.EndToEnd;

/// <summary>A published address stays: slugs are written down, moves are warned about, old addresses send readers on.</summary>
public sealed class StableAddressTests
{
    private const string Plan = "ke-hoach/phat-dong-thi-dua-xa-dak-la-nam-2024/";

    [Fact]
    public async Task Correcting_the_title_of_a_new_plan_keeps_its_address()
    {
        using var site = TestSite.Create();
        var clock = DateTimeOffset.Parse("2024-02-19T09:00:00+07:00", CultureInfo.InvariantCulture);
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["new", "plan", "Kế hoạch ra quân xã Đắk La", "--unit", "dak-la", "--site", site.Content], output, new StringWriter(), () => clock);
        Assert.Equal(0, code);
        var file = output.ToString().Trim();
        site.BuildOk();

        File.WriteAllText(file, File.ReadAllText(file).Replace("Kế hoạch ra quân xã Đắk La", "Kế hoạch tổ chức Lễ ra quân xã Đắk La năm 2024", StringComparison.Ordinal));
        var run = site.BuildOk();

        Assert.Equal("", run.Error);
        Assert.Equal("Kế hoạch tổ chức Lễ ra quân xã Đắk La năm 2024", site.Html("ke-hoach/ke-hoach-ra-quan-xa-dak-la/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_published_page_gone_without_an_alias_is_a_warning_naming_the_plan()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        // The title is corrected and the plan has no slug of its own: the address made from the title moves.
        site.Write("""
            -- content/plans/dak-la.md --
            ---
            title: "Phát động thi đua yêu nước xã Đắk La năm 2024"
            date: 05/02/2024
            unit: dak-la
            ---
            Xã Đắk La phát động phong trào thi đua yêu nước.
            """);
        var run = site.BuildOk();

        Assert.True(run.Error.Contains(
            "plans/dak-la.md:1:1: warning: https://example.gov.vn/ra-quan-2024/ke-hoach/phat-dong-thi-dua-xa-dak-la-nam-2024/ was published by the last build and is gone: "
            + "the plan now has the address https://example.gov.vn/ra-quan-2024/ke-hoach/phat-dong-thi-dua-yeu-nuoc-xa-dak-la-nam-2024/", StringComparison.Ordinal), run.Error);
        Assert.Contains("fix: put back its old slug", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_plan_is_a_warning_naming_its_address()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        site.Write("-- content/plans/kon-ray.md --\n(deleted)\n");
        var run = site.BuildOk();

        Assert.True(run.Error.Contains("sitemap.xml: warning: https://example.gov.vn/ra-quan-2024/ke-hoach/phat-dong-thi-dua-huyen-kon-ray/ was published by the last build and is gone", StringComparison.Ordinal), run.Error);
        Assert.Contains("add its old address to the aliases of the page that replaces it", run.Error, StringComparison.Ordinal);

        // Built again, the site has forgotten it: the warning was for the build that removed it.
        Assert.Equal("", site.BuildOk().Error);
    }

    [Fact]
    public void An_alias_sends_readers_to_the_new_address_and_is_listed_nowhere_else()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        site.Write($"""
            -- content/plans/dak-la.md --
            ---
            title: "Phát động thi đua yêu nước xã Đắk La năm 2024"
            date: 05/02/2024
            unit: dak-la
            aliases: ["/{Plan}"]
            ---
            Xã Đắk La phát động phong trào thi đua yêu nước.
            """);
        var run = site.BuildOk();

        Assert.Equal("", run.Error);
        const string target = "https://example.gov.vn/ra-quan-2024/ke-hoach/phat-dong-thi-dua-yeu-nuoc-xa-dak-la-nam-2024/";
        var redirect = site.Html(Plan + "index.html");
        Assert.Equal(target, redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"0; url={target}", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("noindex", redirect.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(site.Read("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(target, sitemap);
        Assert.DoesNotContain(sitemap, u => u.EndsWith(Plan, StringComparison.Ordinal));
        foreach (var listing in new[] { "rss.xml", "api/ke-hoach.json", "dia-ban/dak-la/index.html" })
        {
            Assert.DoesNotContain("phat-dong-thi-dua-xa-dak-la-nam-2024", site.Read(listing), StringComparison.Ordinal);
        }

        foreach (var index in Directory.EnumerateFiles(site.OutPath("tim-kiem/du-lieu"), "*.json", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("phat-dong-thi-dua-xa-dak-la-nam-2024", File.ReadAllText(index), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[\"../etc\"]", "aliases: \"../etc\" is not an address of this site")]
    [InlineData("[\"dia-ban/kon-tum/\"]", "aliases: \"dia-ban/kon-tum/\" is the address of a page of the site")]
    public void An_alias_that_is_no_free_address_of_the_site_is_an_error(string aliases, string expected)
    {
        using var site = TestSite.Create($"""
            -- content/plans/dak-la.md --
            ---
            title: "Phát động thi đua xã Đắk La năm 2024"
            date: 05/02/2024
            unit: dak-la
            aliases: {aliases}
            ---
            Văn bản.
            """);
        site.BuildFailsWith(expected);
    }
}
