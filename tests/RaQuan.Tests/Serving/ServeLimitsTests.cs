using System.Net;
using RaQuan.Building;
using RaQuan.Serving;
using RaQuan.Themes.Default;

namespace RaQuan.Tests.Serving;

/// <summary>What a long <c>raquan serve</c> session meets: files larger than memory, hundreds of edits.</summary>
public sealed class ServeLimitsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse(TestSite.DefaultNow, CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_static_file_over_2_GB_is_streamed_and_every_page_is_still_served()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Content, "static"));

        // Sparse: three gigabytes that take no room on the disk.
        using (var big = File.Create(Path.Combine(site.Content, "static", "ban-do.bin")))
        {
            big.SetLength(3L << 30);
        }

        await using var theme = new DefaultTheme();
        await using var server = await DevServer.StartAsync(
            new DevServerOptions(new BuildOptions(site.Content, site.Output, Now), Port: 0), theme, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var home = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        using var file = await http.GetAsync("ban-do.bin", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(3L << 30, file.Content.Headers.ContentLength);
        await using var body = await file.Content.ReadAsStreamAsync();
        var start = new byte[64 * 1024];
        await body.ReadExactlyAsync(start);
        Assert.All(start, b => Assert.Equal(0, b));
    }

    [Fact]
    public async Task A_session_keeps_no_more_after_many_edits_than_after_the_first()
    {
        using var site = TestSite.Create();
        await using var theme = new DefaultTheme();
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, Now), theme);
        var kept = new List<int>();

        // Each edit renames the plan and gives it a new title, so its address, file and words are new each time.
        var previous = "";
        for (var i = 0; i < 12; i++)
        {
            if (previous.Length > 0)
            {
                File.Delete(previous);
            }

            previous = Path.Combine(site.Content, "plans", $"ban-nhap-{i}.md");
            await File.WriteAllTextAsync(previous,
                $"---\ntitle: \"Kế hoạch số {i} xã Đắk La\"\ndate: 2024-02-0{1 + (i % 9)}\nunit: dak-la\n---\nNội dung lần {i}: từ{i} mới.\n");
            var build = await session.BuildAsync();
            Assert.True(build.Succeeded, string.Join("\n", build.Errors));
            kept.Add(session.CachedEntries);
        }

        Assert.Equal(kept[2], kept[^1]);
    }
}
