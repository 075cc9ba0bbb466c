namespace RaQuan.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(Support.Browser browser)
{
    [BrowserFact]
    public async Task Pages_do_not_scroll_sideways_on_a_320_px_phone()
    {
        using var site = TestSite.Create("""
            -- content/plans/bang-rong.md --
            ---
            title: "Kế hoạch có bảng rộng và một từ rất dài"
            unit: kon-ray
            date: 2024-02-02
            ---
            | TT | Huyện, thành phố | Nội dung | Địa điểm tổ chức ra quân | Quy mô | Ghi chú | Liên hệ |
            |---|---|---|---|---|---|---|
            | 1 | Thành phố Kon Tum | Bê tông hóa đường ngõ xóm Tuyến 1 thôn Plei Lay | Thôn Plei Lay, xã Ia Chim | L = 100 m | Không | 0260 3862 410 |

            https://kontum.gov.vn/a/very/long/address/that/does/not/break/anywhere/at/all/in/the/text/of/the/page
            """);
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync(width: 320, javaScript: true);

        foreach (var path in new[] { "", "ke-hoach/", "ke-hoach/ke-hoach-co-bang-rong-va-mot-tu-rat-dai/", "dia-ban/kon-tum/", "404.html" })
        {
            var response = await page.GotoAsync(server.BaseUrl + path);
            Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 320 px");
        }
    }

    [BrowserFact]
    public async Task Keyboard_focus_starts_at_the_skip_link_and_it_leads_to_main()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Bỏ qua, đến nội dung chính", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).backgroundColor");
        Assert.Equal("rgb(255, 221, 0)", outline);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("noi-dung", await page.EvaluateAsync<string>("document.activeElement.id"));
    }
}
