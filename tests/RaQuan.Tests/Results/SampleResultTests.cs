using RaQuan.Tests.Documents;

namespace RaQuan.Tests.Results;

public sealed class SampleResultTests
{
    [Fact]
    public void Sample_site_has_a_result_table_for_the_Kon_Tum_districts()
    {
        using var site = TestSite.Create(withBase: false);
        CopyDirectory(Path.Combine(TestEnvironment.RepositoryRoot, "content"), site.Content);
        site.BuildOk();

        var table = site.Html("ket-qua/diem-ra-quan-2024/index.html").QuerySelector("table.results")!;
        var units = table.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(10, units.Count);
        Assert.All(units, href => Assert.StartsWith("/ra-quan-2024/dia-ban/", href, StringComparison.Ordinal));
        Assert.Contains("/ra-quan-2024/dia-ban/thanh-pho-kon-tum/", units);
        Assert.Contains("SỐ MINH HỌA", site.Html("ket-qua/diem-ra-quan-2024/index.html").QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var plan = site.Html("ke-hoach/ke-hoach-phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024-tren-dia-ban-huyen-kon/index.html");
        Assert.Contains("2.192", plan.QuerySelector(".indicators")!.TextContent, StringComparison.Ordinal);
    }

    [SeedsFact]
    public void Indicators_read_from_pasted_documents_appear_on_their_plan_pages()
    {
        using var site = TestSite.Create();
        foreach (var name in new[] { "002_b8d954e5a4da0242.txt", "004_73f5e7445957c6dd.txt" })
        {
            File.Copy(Path.Combine(SeedFiles.Folder!, name), Path.Combine(site.Content, "plans", Path.ChangeExtension(name, ".md")));
        }

        site.BuildOk();
        var rows = Directory.EnumerateFiles(Path.Combine(site.Output, "ke-hoach"), "index.html", SearchOption.AllDirectories)
            .Select(f => site.Html(Path.GetRelativePath(site.Output, f)))
            .SelectMany(page => page.QuerySelectorAll(".indicators tbody tr"))
            .Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Contains("Tổng giá trị sản xuất | 2.192 | tỷ đồng", rows);
        Assert.Contains("Tỷ lệ bao phủ bảo hiểm y tế | 98,01 | %", rows);
        Assert.Contains("Tổng diện tích gieo trồng | 4.482,38 | ha", rows);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
