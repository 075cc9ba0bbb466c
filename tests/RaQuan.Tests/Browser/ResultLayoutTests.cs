using RaQuan.Tests.Results;

namespace RaQuan.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ResultLayoutTests(Support.Browser browser)
{
    [BrowserFact]
    public async Task Result_pages_fit_a_320_px_phone_with_a_readable_chart()
    {
        using var site = TestSite.Create(ResultFiles.Site);
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync(width: 320, javaScript: true);

        foreach (var path in new[] { "ket-qua/", "ket-qua/ket-qua/", "dia-ban/dak-ha/", "ke-hoach/phat-dong-thi-dua-huyen-kon-ray/" })
        {
            var response = await page.GotoAsync(server.BaseUrl + path);
            Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var wide = await page.EvaluateAsync<string>("Array.from(document.querySelectorAll('body *')).filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className.baseVal ?? e.className).slice(0, 8).join(', ')");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 320 px: {wide}");
        }

        await page.GotoAsync(server.BaseUrl + "ket-qua/ket-qua/");
        var labelSize = await page.EvaluateAsync<double>("document.querySelector('.chart-label').getBoundingClientRect().height");
        Assert.True(labelSize >= 12, $"chart labels are {labelSize} px high at 320 px");
        var chartWidth = await page.EvaluateAsync<double>("document.querySelector('svg.chart').getBoundingClientRect().width");
        Assert.InRange(chartWidth, 250, 300);

        // Kept for a person to look at: the test cannot judge legibility.
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "raquan-result-320.png"), FullPage = true });
    }
}
