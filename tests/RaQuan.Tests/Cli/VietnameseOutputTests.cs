using RaQuan.Building;
using RaQuan.Serving;
using RaQuan.Themes.Default;

namespace RaQuan.Tests.Cli;

/// <summary>What serve, check and units find print, in Vietnamese (the default language): no English word left.</summary>
public sealed class VietnameseOutputTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse(TestSite.DefaultNow, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Serve_says_in_Vietnamese_what_it_built_and_why_a_rebuild_failed()
    {
        var caller = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            using var site = TestSite.Create();
            await using var theme = new DefaultTheme();
            var log = new StringWriter();
            var options = new DevServerOptions(new BuildOptions(site.Content, site.Output, Now), Port: 0);
            await using var server = await DevServer.StartAsync(options, theme, TextWriter.Synchronized(log));
            var failed = new TaskCompletionSource<SessionBuild>(TaskCreationOptions.RunContinuationsAsynchronously);
            server.Rebuilt += build =>
            {
                if (!build.Succeeded)
                {
                    failed.TrySetResult(build);
                }
            };

            site.Write("""
                -- content/plans/sai.md --
                ---
                title: "Ngày sai"
                unit: kon-ray
                date: 31/02/2024
                ---
                x
                """);
            await failed.Task.WaitAsync(TimeSpan.FromSeconds(60));

            var printed = log.ToString();
            Assert.Contains("Đã tạo 4 kế hoạch trong ", printed, StringComparison.Ordinal);
            Assert.Contains("Không tạo được trang vì có 1 lỗi; trang đang xem vẫn là bản tạo được gần nhất.", printed, StringComparison.Ordinal);
            Assert.Contains("plans/sai.md:4:7: lỗi: date: ngày \"31/02/2024\" không có thật (tháng 2 năm 2024 chỉ có 29 ngày)", printed, StringComparison.Ordinal);
            VietnameseMessageTests.AssertNoEnglish(printed);
            Assert.Contains("<title>RaQuan: không tạo được trang</title>", LiveReload.ErrorPage(1, (await failed.Task).Errors), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = caller;
        }
    }

    [Fact]
    public void Check_speaks_Vietnamese_of_content_errors()
    {
        using var site = TestSite.Create("""
            -- content/plans/sai.md --
            ---
            title: "Kế hoạch sai"
            unit: kon-ray
            date: 2024-02-01
            tags: { a: b }
            ---
            x
            -- content/site.yml --
            title: "Ra quân"
            base_url: "https://example.gov.vn/"
            timezone: "Asia/Ha_Noi"
            publisher:
              name: "UBND"
            """);

        var run = TestSite.Run(["check", site.Content, "--now", TestSite.DefaultNow, "--lang", "vi"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml:3:11: lỗi: timezone: \"Asia/Ha_Noi\" không phải là tên một múi giờ", run.Output + run.Error, StringComparison.Ordinal);
        VietnameseMessageTests.AssertNoEnglish(run.Output + run.Error);
    }

    [Fact]
    public void Check_gives_the_fix_for_a_wrong_weekday_in_Vietnamese()
    {
        using var site = TestSite.Create("""
            -- content/plans/thu.md --
            ---
            title: "Kế hoạch có thứ sai"
            unit: kon-ray
            date: 2024-02-01
            ---
            Ra quân lúc 08h00 thứ Hai, ngày 20/02/2024.
            """);

        var run = TestSite.Run(["check", site.Content, "--now", TestSite.DefaultNow, "--lang", "vi"]);

        var printed = run.Output + run.Error;
        Assert.Contains("plans/thu.md:6: cảnh báo: ", printed, StringComparison.Ordinal);
        Assert.Contains("  cách sửa: sửa thứ hoặc ngày cho khớp nhau", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_build_names_every_step_in_Vietnamese()
    {
        using var site = TestSite.Create();

        var run = site.Build("--verbose", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        var steps = run.Output.Split('\n').Where(l => l.StartsWith('[')).Select(l => l[(l.IndexOf("] ", StringComparison.Ordinal) + 2)..l.IndexOf(" (", StringComparison.Ordinal)]).ToList();
        Assert.True(steps.Count > 10, run.Output);
        Assert.All(steps, step => Assert.True(step.Any(c => c > 127), $"step \"{step}\" is not named in Vietnamese:\n{run.Output}"));
        Assert.Contains("đọc nội dung", steps);
        Assert.Equal("ghi trang ra thư mục", steps[^1]);
    }

    [Fact]
    public void Units_find_speaks_Vietnamese()
    {
        using var site = TestSite.Create(SampleFiles.KonTumMergedIntoQuangNgai);

        var run = TestSite.Run(["units", "find", "dak ha", "--site", site.Content, "--lang", "vi"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            Trên bản đồ hành chính từ 01/07/2025 (danh sách chính thức):
              xã Đăk Hà, tỉnh Quảng Ngãi: mã 23500
            Trong tệp units.yml:
              huyện Đắk Hà, tỉnh Kon Tum (dak-ha): mã 615; tỉnh Kon Tum đã nhập vào tỉnh Quảng Ngãi từ 01/07/2025

            """.ReplaceLineEndings("\n"),
            run.Output.ReplaceLineEndings("\n"));
    }
}
