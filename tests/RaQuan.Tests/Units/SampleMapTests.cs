namespace RaQuan.Tests.Units;

/// <summary>The sample site holds both maps: Kon Tum's 2024 campaign and the new Quảng Ngãi's 2026 one.</summary>
public sealed class SampleMapTests
{
    [Fact]
    public void Sample_plans_show_the_breadcrumbs_of_their_dates_and_the_merged_province_links_both_ways()
    {
        using var site = TestSite.Create(withBase: false);
        var source = Path.Combine(TestEnvironment.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var run = AdministrativeMapTests.BuildOk(site);
        Assert.Equal("", run.Error);

        Assert.Equal(["Trang chủ", "Tỉnh Kon Tum", "Huyện Đắk Hà", "Xã Đắk La"], Crumbs(site, "ke-hoach/ke-hoach-phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024-tren-dia-ban-xa-dak-la/index.html"));
        Assert.Equal(["Trang chủ", "Tỉnh Quảng Ngãi", "Xã Đăk Hà"], Crumbs(site, "ke-hoach/xa-dak-ha-ra-quan-giao-thong-nong-thon-2026/index.html"));

        var konTum = site.Html("dia-ban/kon-tum/index.html").QuerySelector("p.merged-into a")!;
        Assert.Equal("/ra-quan-2024/dia-ban/quang-ngai/", konTum.GetAttribute("href"));
        var quangNgai = site.Html("dia-ban/quang-ngai/index.html").QuerySelector("p.predecessors a")!;
        Assert.Equal("/ra-quan-2024/dia-ban/kon-tum/", quangNgai.GetAttribute("href"));
        Assert.True(site.Exists("lich/xa-dak-ha-2026-02-24/index.html"));
    }

    private static List<string> Crumbs(TestSite site, string path) =>
        site.Html(path).QuerySelectorAll("nav.breadcrumbs li a").Select(a => a.TextContent.Trim()).ToList();
}
