using Microsoft.Playwright;
using Xunit.Abstractions;
using RaQuan.Tests.News;

namespace RaQuan.Tests.Browser;

/// <summary>What a phone downloads to show the first screen of a news post with many photos.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewsImageWeightTests(Support.Browser browser, ITestOutputHelper output)
{
    private const int Budget = 250 * 1024;

    [BrowserFact]
    public async Task A_post_with_eight_photos_loads_at_most_250_KB_of_images_for_the_first_screen_of_a_360_px_phone()
    {
        // A lead photo, two paragraphs and a gallery of seven: a post written after a ceremony.
        var gallery = string.Join("\n", Enumerable.Range(2, 7).Select(i => $"![Ảnh hoạt động số {i}](anh-{i}.jpg)"));
        using var site = TestSite.Create($"""
            -- content/news/ra-quan/index.md --
            ---
            title: "Xã Đắk La ra quân làm đường giao thông nông thôn"
            date: 2024-02-20T10:30:00+07:00
            unit: dak-la
            ---
            ![Lễ ra quân tại thôn 4](anh-1.jpg "Lễ ra quân")

            Sáng 20/02/2024, xã Đắk La tổ chức lễ ra quân làm đường giao thông nông thôn tại thôn 4, với hơn 200 đoàn
            viên, hội viên và nhân dân tham gia.

            Các lực lượng đã dọn cỏ, đổ bê tông 500 m đường và trồng cây hai bên đường.

            {gallery}
            """);
        var bundle = Path.Combine(site.Content, "news/ra-quan");
        for (var i = 1; i <= 8; i++)
        {
            File.WriteAllBytes(Path.Combine(bundle, $"anh-{i}.jpg"), TestPhotos.Jpeg(2400, 1800, seed: i));
        }

        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync(width: 360, height: 640);
        var images = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "image")
            {
                lock (images)
                {
                    images.Add(response);
                }
            }
        };

        // Loaded as a phone opens it, without scrolling: what Chromium fetches then (lazy photos near the screen too).
        await page.GotoAsync(server.BaseUrl + "tin-tuc/ra-quan/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var sizes = new List<(string Url, int Bytes)>();
        foreach (var response in images.ToList())
        {
            sizes.Add((response.Url, (await response.BodyAsync()).Length));
        }

        var report = string.Join("\n", sizes.Select(s => $"{s.Bytes / 1024} KB {s.Url}"));
        output.WriteLine($"{sizes.Sum(s => s.Bytes) / 1024} KB in {sizes.Count} images:\n{report}");
        Assert.True(sizes.Count > 0, "no image was loaded");
        Assert.True(sizes.Sum(s => s.Bytes) <= Budget, $"{sizes.Sum(s => s.Bytes) / 1024} KB of images for the first screen:\n{report}");

        // The reason it stays small: the lead photo across the screen is the 480 px WebP, each gallery cell (half the
        // screen) the 320 px one; never a wider version.
        Assert.Contains(sizes, s => s.Url.EndsWith("anh-1-480.webp", StringComparison.Ordinal));
        Assert.All(sizes.Where(s => !s.Url.Contains("/anh-1-", StringComparison.Ordinal)), s => Assert.EndsWith("-320.webp", s.Url, StringComparison.Ordinal));
    }
}
