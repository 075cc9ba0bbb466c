namespace RaQuan.Tests.Ceremonies;

public sealed class ICalendarValidationTests
{
    [ICalendarParserFact]
    public void Sample_site_calendar_parses_and_holds_the_ten_kon_tum_district_ceremonies()
    {
        using var site = TestSite.Create(withBase: false);
        var run = TestSite.Run(["build", Path.Combine(TestEnvironment.RepositoryRoot, "content"), "-o", site.Output, "--now", "2024-02-15T09:00:00+07:00"]);
        Assert.Equal(0, run.ExitCode);

        var (code, output) = ICalendarParser.Events(site.OutPath("lich.ics"), site.OutPath("dia-ban/dak-r-lap/lich.ics"), site.OutPath("lich/nhan-co-2024-02-23/lich.ics"));
        Assert.True(code == 0, output);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')).ToList();

        string[] districts = ["thanh-pho-kon-tum", "dak-ha", "dak-to", "ngoc-hoi", "dak-glei", "tu-mo-rong", "sa-thay", "kon-ray", "kon-plong", "ia-h-drai"];
        var konTum = events.Where(e => e[1] == "2024-02-20T08:30:00+07:00").Select(e => e[0]).Distinct().Order().ToList();
        Assert.Equal(districts.Select(d => $"{d}-2024-02-20@example.gov.vn").Order(), konTum);
        Assert.Contains(events, e => e[0] == "nhan-co-2024-02-23@example.gov.vn" && e[1] == "2024-02-23T08:00:00+07:00" && e[2] == "CONFIRMED");
        Assert.True(events.Count(e => e[1] == "2024-02-23T08:00:00+07:00") >= 6 * 2 + 1, output);
    }

    [ICalendarParserFact]
    public void Cancelled_postponed_all_day_and_long_calendars_parse()
    {
        using var site = TestSite.Create(CeremonyFiles.Schedule + "\n" + """
            -- content/ceremonies/dai.yml --
            - unit: dak-r-lap
              title: "Lễ ra quân; khởi công, trồng cây \\ dọn vệ sinh – một tiêu đề rất dài để phải gập dòng nhiều lần trong tệp lịch"
              start: 24/02/2024
              end: 25/02/2024
              place: "Thôn 1, xã Nhân Cơ"
            """);
        site.BuildOk();

        var (code, output) = ICalendarParser.Events(site.OutPath("lich.ics"));
        Assert.True(code == 0, output);
        Assert.Contains("thi-tran-dak-ha-2024-03-10@example.gov.vn|2024-03-10T08:00:00+07:00|CANCELLED|1", output);
        Assert.Contains("dak-la-2024-03-05@example.gov.vn|2024-03-08T07:30:00+07:00|CONFIRMED|2", output);
        Assert.Contains("dak-r-lap-2024-02-24@example.gov.vn|2024-02-24|CONFIRMED|0|Lễ ra quân; khởi công, trồng cây \\ dọn vệ sinh", output);
    }
}
