using RaQuan.Tests.Results;

namespace RaQuan.Tests.Browser;

/// <summary>Wide tables on a 360 px phone: readable columns, a box that scrolls with a visible cue, the first column kept in view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TableLayoutTests(Support.Browser browser)
{
    private const string Plan = """
        -- content/plans/bang-nam-cot.md --
        ---
        title: "Kế hoạch có bảng năm cột"
        unit: kon-ray
        date: 2024-02-02
        ---
        | TT | Đơn vị | Nội dung ra quân | Địa điểm tổ chức | Quy mô |
        |---|---|---|---|---|
        | 1 | Thành phố Kon Tum | Bê tông hóa đường ngõ xóm tuyến 1 thôn Plei Lay | Thôn Plei Lay, xã Ia Chim | L = 100 m |
        | 2 | Huyện Đắk Hà | Làm đường giao thông nông thôn | Thôn 4, xã Đắk Mar | L = 508 m |
        """;

    [BrowserFact]
    public async Task Wide_tables_scroll_in_their_box_with_a_cue_and_keep_their_first_column_at_360_px()
    {
        using var site = TestSite.Create(Plan + "\n" + ResultFiles.Site);
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync(width: 360, javaScript: true);

        foreach (var path in new[] { "ke-hoach/ke-hoach-co-bang-nam-cot/", "ket-qua/ket-qua/" })
        {
            await page.GotoAsync(server.BaseUrl + path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px");

            // No column squeezed to a word a line: every cell is at least 80 px wide, its text at most a few lines.
            var narrowest = await page.EvaluateAsync<double>("Math.min(...Array.from(document.querySelectorAll('.table-scroll tbody td:not(:first-child)')).map(c => c.getBoundingClientRect().width))");
            Assert.True(narrowest >= 80, $"{path}: a column is {narrowest} px wide");
            var tallest = await page.EvaluateAsync<double>("Math.max(...Array.from(document.querySelectorAll('.table-scroll tbody tr')).map(r => r.getBoundingClientRect().height))");
            Assert.True(tallest <= 5 * 24 + 16, $"{path}: a row is {tallest} px high");

            var box = "document.querySelector('.table-scroll')";
            Assert.True(await page.EvaluateAsync<bool>($"{box}.scrollWidth > {box}.clientWidth"), $"{path}: the table does not scroll in its box");
            var background = await page.EvaluateAsync<string>($"getComputedStyle({box}).backgroundImage");
            Assert.Contains("radial-gradient", background);

            var before = await page.EvaluateAsync<double>($"{box}.querySelector('tbody tr > :first-child').getBoundingClientRect().left");
            await page.EvaluateAsync($"{box}.scrollLeft = 200");
            var after = await page.EvaluateAsync<double>($"{box}.querySelector('tbody tr > :first-child').getBoundingClientRect().left");
            Assert.True(Math.Abs(after - before) < 1, $"{path}: the first column moved from {before} to {after} px");
            await page.EvaluateAsync($"{box}.scrollLeft = 0");

            // Kept for a person to look at: the test cannot judge legibility.
            var name = path.Trim('/').Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"raquan-table-360-{name}.png"), FullPage = true });
        }

        var desktop = await browser.NewPageAsync(width: 1280, javaScript: true);
        await desktop.GotoAsync(server.BaseUrl + "ke-hoach/ke-hoach-co-bang-nam-cot/");
        Assert.False(await desktop.EvaluateAsync<bool>("document.querySelector('.table-scroll').scrollWidth > document.querySelector('.table-scroll').clientWidth"));
        await desktop.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "raquan-table-1280.png"), FullPage = true });
    }
}
