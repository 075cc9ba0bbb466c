namespace RaQuan.Tests.Checking;

public sealed class CheckCommandTests
{
    [Fact]
    public void A_good_site_passes_and_lists_its_external_links()
    {
        using var site = TestSite.Create(ContactPage(
            "Xem [Cổng thông tin tỉnh](https://kontum.gov.vn/) và [mục đích](/ra-quan-2024/ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/#i-muc-dich)."));

        var run = Check(site);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("https://kontum.gov.vn/  (lien-he/index.html)", run.Output);
        Assert.Contains("Check passed", run.Output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_broken_link_and_a_missing_fragment_fail_the_check()
    {
        using var site = TestSite.Create(ContactPage(
            "Xem [kế hoạch cũ](/ra-quan-2024/ke-hoach/khong-co/) và [mục](/ra-quan-2024/gioi-thieu/#khong-co-muc)."));

        var run = Check(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pages/lien-he.md:4:19: error: the link \"/ra-quan-2024/ke-hoach/khong-co/\" leads to no page of the site", run.Error);
        Assert.Contains("points to no element with id \"khong-co-muc\"", run.Error);
    }

    [Fact]
    public void A_broken_link_in_a_plan_is_reported_once_at_its_markdown_line()
    {
        using var site = TestSite.Create(SampleFiles.KonRayPlan("Mở đầu.\n\nXem [kế hoạch cũ](/ra-quan-2024/ke-hoach/khong-co/)."));

        var run = Check(site);

        Assert.Equal(1, run.ExitCode);
        var broken = run.ErrorLines.Where(l => l.Contains("leads to no page", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(broken);
        Assert.Contains("plans/kon-ray.md:8:19: error: the link \"/ra-quan-2024/ke-hoach/khong-co/\"", line);
    }

    [Fact]
    public void An_unknown_unit_and_a_weekday_mismatch_are_reported_in_json()
    {
        using var site = TestSite.Create(SampleFiles.KonRayPlan("Ra quân lúc 08 giờ 00, thứ Tư, ngày 20/02/2024 tại trung tâm huyện.", unit: "kon-rayy"));

        var run = Check(site, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("content", finding.GetProperty("kind").GetString());
        Assert.EndsWith("plans/kon-ray.md", finding.GetProperty("file").GetString());
        Assert.Contains("did you mean \"kon-ray\"?", finding.GetProperty("fix").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void A_weekday_that_contradicts_its_date_is_a_warning()
    {
        using var site = WrongWeekdaySite("Giới thiệu.");

        var run = Check(site, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var warning = json.RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal(8, warning.GetProperty("line").GetInt32());
        Assert.Contains("\"thứ Tư\" does not match 20/02/2024", warning.GetProperty("message").GetString());
    }

    [Fact]
    public void The_json_report_has_the_documented_order_and_readable_Vietnamese()
    {
        using var site = WrongWeekdaySite("Giới thiệu, xem [Cổng thông tin tỉnh](https://kontum.gov.vn/).");

        var run = Check(site, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(["errors", "warnings", "files", "findings", "externalLinks"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["severity", "kind", "file", "line", "column", "message", "fix"],
            root.GetProperty("findings").EnumerateArray().Single().EnumerateObject().Select(p => p.Name));
        Assert.Equal(["url", "pages"], root.GetProperty("externalLinks").EnumerateArray().First().EnumerateObject().Select(p => p.Name));
        Assert.Contains("""\"thứ Tư\" does not match 20/02/2024""", run.Output);
    }

    // content/pages/lien-he.md with the body given on line 4.
    private static string ContactPage(string body) => $"""
        -- content/pages/lien-he.md --
        ---
        title: "Liên hệ"
        ---
        {body}
        """;

    // A plan whose ceremony is on "thứ Tư, ngày 20/02/2024", a Tuesday, after a first paragraph.
    private static TestSite WrongWeekdaySite(string introduction) => TestSite.Create(
        SampleFiles.KonRayPlan($"{introduction}\n\nRa quân lúc 08 giờ 00, thứ Tư, ngày 20/02/2024 tại trung tâm huyện."));

    private static CliRun Check(TestSite site, params string[] extra) =>
        TestSite.Run(["check", site.Content, "--now", TestSite.DefaultNow, .. extra]);
}
