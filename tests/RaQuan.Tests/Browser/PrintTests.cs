using Microsoft.Playwright;
using RaQuan.Tests.EndToEnd;

namespace RaQuan.Tests.Browser;

/// <summary>A plan's page printed from the browser is the paper document, with nothing of the site around it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(Support.Browser browser)
{
    [BrowserFact]
    public async Task A_printed_plan_page_shows_the_document_and_its_attachments_and_hides_the_site()
    {
        using var site = TestSite.Create(PortalTests.SignedOriginal);
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync(width: 1024);
        await page.GotoAsync(server.BaseUrl + "ke-hoach/cong-van-ve-viec-chuan-bi-le-ra-quan/");
        string[] hidden = [".site-header", ".site-search", ".site-nav", ".breadcrumbs", ".site-footer", ".plan-actions", ".plan-reuse", ".plan-meta"];
        string[] shown = [".paper-header", "h1", ".plan-body", ".closing .signature", ".attachments", ".paper-source"];
        Assert.False(await Visible(page, ".paper-header"), "the paper header shows on screen");
        Assert.True(await Visible(page, ".site-nav"), "the navigation is hidden on screen");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in hidden)
        {
            Assert.False(await Visible(page, selector), $"{selector} is printed");
        }

        foreach (var selector in shown)
        {
            Assert.True(await Visible(page, selector), $"{selector} is not printed");
        }

        Assert.Contains("Số: 20/UBND-NNTN", await page.InnerTextAsync(".paper-header"));
        Assert.Contains("Trần Văn A", await page.InnerTextAsync(".closing .signature"));
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.attachments a'), '::after').content");
        Assert.Equal("\" (https://example.gov.vn/ra-quan-2024/files/20-ubnd.pdf)\"", after);
    }

    private static Task<bool> Visible(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.querySelector(s) !== null && document.querySelector(s).checkVisibility()", selector);
}
