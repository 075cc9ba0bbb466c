namespace RaQuan.Tests.Ceremonies;

public sealed class SchedulePageTests
{
    [Fact]
    public void Schedule_lists_upcoming_days_soonest_first_then_past_days_latest_first()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var page = site.Html("lich/index.html");
        var upcoming = page.QuerySelectorAll("#sap-dien-ra ~ .schedule-day time[datetime]").Where(t => t.ParentElement!.LocalName == "h3").Select(t => t.GetAttribute("datetime")).ToList();
        var past = page.QuerySelectorAll("#da-dien-ra ~ .schedule-day h3 time").Select(t => t.GetAttribute("datetime")).ToList();

        // Kon Rẫy's ceremony is under way at 09:00 on 01/03, so it is still upcoming; Đắk La's moved to 08/03.
        Assert.Equal(["2024-03-01", "2024-03-08", "2024-03-10"], upcoming);
        Assert.Equal(["2024-02-23", "2024-02-20"], past);
        var day = page.QuerySelectorAll(".schedule-day h3").Last().TextContent;
        Assert.Contains("Thứ Ba, 20/02/2024", day);
        Assert.Contains("11 tháng Giêng năm Giáp Thìn", day);
    }

    [Fact]
    public void Each_schedule_entry_shows_time_unit_place_scale_and_status()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var entry = site.Html("lich/index.html").QuerySelectorAll(".ceremony-item").Single(e => e.TextContent.Contains("Thôn 4, xã Đắk Mar", StringComparison.Ordinal));
        var facts = entry.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent.Trim());
        Assert.Equal("08h30 – 09h30", facts["Thời gian"]);
        Assert.Equal("Huyện Đắk Hà", facts["Đơn vị"]);
        Assert.Equal("L = 508 m", facts["Quy mô"]);
        Assert.Equal("Đã diễn ra, chưa báo cáo kết quả", facts["Trạng thái"]);
        Assert.Equal("/ra-quan-2024/lich/dak-ha-2024-02-20/", entry.QuerySelector("h4 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("lich/index.html")]
    [InlineData("lich/dak-ha-2024-02-20/index.html")]
    [InlineData("dia-ban/dak-ha/index.html")]
    [InlineData("dia-ban/kon-tum/index.html")]
    [InlineData("ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html")]
    public void A_past_ceremony_still_announced_says_it_took_place_and_awaits_its_result_on_every_page(string path)
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var page = site.Html(path);
        var entry = page.QuerySelectorAll(".ceremony-item, article.ceremony").Single(e => e.TextContent.Contains("Thôn 4, xã Đắk Mar", StringComparison.Ordinal));
        var status = entry.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Trạng thái").NextElementSibling!.TextContent.Trim();
        Assert.Equal("Đã diễn ra, chưa báo cáo kết quả", status);
        Assert.DoesNotContain("Dự kiến", entry.TextContent, StringComparison.Ordinal);

        // One still to come keeps its status.
        var coming = TestSite.Run(["build", site.Content, "-o", site.Output, "--now", "2024-02-01T00:00:00+07:00"]);
        Assert.Equal(0, coming.ExitCode);
        Assert.Contains("Dự kiến", site.Html("lich/dak-ha-2024-02-20/index.html").QuerySelector("article.ceremony")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lich/index.html")]
    [InlineData("lich/dak-ha-2024-02-20/index.html")]
    [InlineData("dia-ban/dak-ha/index.html")]
    public void A_ceremony_says_its_status_once(string path)
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        var page = site.Html(path);
        var past = page.QuerySelectorAll(".ceremony-item, article.ceremony").Single(e => e.TextContent.Contains("Thôn 4, xã Đắk Mar", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(past.TextContent, "Đã diễn ra"));
        if (path == "lich/index.html")
        {
            // A change a reader must not miss stands out, and is not said a second time in the list of facts.
            var postponed = page.QuerySelectorAll(".ceremony-item").Single(e => e.ClassList.Contains("ceremony-postponed"));
            Assert.Equal("Đã hoãn", postponed.QuerySelector(".ceremony-status")!.TextContent.Trim());
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(postponed.TextContent, "[Hh]oãn"));
        }
    }

    [Fact]
    public void A_later_now_moves_ceremonies_from_upcoming_to_past()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        var run = TestSite.Run(["build", site.Content, "-o", site.Output, "--now", "2024-02-01T00:00:00+07:00"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(site.Html("lich/index.html").QuerySelectorAll("#da-dien-ra ~ .schedule-day"));

        run = TestSite.Run(["build", site.Content, "-o", site.Output, "--now", "2024-04-01T00:00:00+07:00"]);
        Assert.Equal(0, run.ExitCode);
        var page = site.Html("lich/index.html");
        Assert.Empty(page.QuerySelectorAll("#sap-dien-ra ~ .schedule-day"));
        Assert.Equal(5, page.QuerySelectorAll("#da-dien-ra ~ .schedule-day").Length);
    }

    [Fact]
    public void Postponed_and_cancelled_ceremonies_say_so_wherever_they_are_shown()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule);
        site.BuildOk();

        foreach (var path in new[] { "lich/index.html", "dia-ban/dak-ha/index.html", "index.html" })
        {
            var postponed = site.Html(path).QuerySelectorAll(".ceremony-postponed").Single();
            Assert.Contains("Đã hoãn", postponed.QuerySelector(".ceremony-status")!.TextContent);
            Assert.Equal("2024-03-05T07:30+07:00", postponed.QuerySelector("del time")!.GetAttribute("datetime"));
            Assert.Equal("2024-03-08T07:30+07:00", postponed.QuerySelector("ins time")!.GetAttribute("datetime"));

            var cancelled = site.Html(path).QuerySelectorAll(".ceremony-cancelled").Single();
            Assert.Contains("Đã hủy", cancelled.QuerySelector(".ceremony-status")!.TextContent);
            Assert.NotNull(cancelled.QuerySelector("s time"));
        }

        var page = site.Html("lich/dak-la-2024-03-05/index.html");
        Assert.Contains("Thời gian mới: 07h30, Thứ Sáu, 08/03/2024 (trước đây: 07h30, Thứ Ba, 05/03/2024)", page.QuerySelector(".notice")!.TextContent);
    }
}
