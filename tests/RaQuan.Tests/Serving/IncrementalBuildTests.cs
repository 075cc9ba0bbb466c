using RaQuan.Building;
using RaQuan.Serving;
using RaQuan.Themes.Default;

namespace RaQuan.Tests.Serving;

/// <summary>A serve session's builds after an edit give exactly the files a full build of the edited content writes.</summary>
public sealed class IncrementalBuildTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse(TestSite.DefaultNow, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("body", "-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\ndate: 2024-01-07\nunit: thi-tran-dak-ha\n---\nNội dung đã sửa.\n")]
    [InlineData("title and date", "-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch đổi tên\"\ndate: 2024-02-28\nunit: dak-la\n---\nNội dung 7.\n")]
    [InlineData("unit", "-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\ndate: 2024-01-07\nunit: kon-ray\n---\nNội dung 7.\n")]
    [InlineData("new plan", "-- content/plans/p-99.md --\n---\ntitle: \"Kế hoạch mới\"\ndate: 2024-02-29\nunit: dak-ha\n---\nMới.\n")]
    [InlineData("deleted plan", "-- content/plans/p-07.md --\n(deleted)\n")]
    [InlineData("units.yml", "-- content/units.yml --\nunits:\n  - name: Kon Tum\n    kind: tỉnh\n    children:\n      - name: Đắk Hà\n        kind: huyện\n        children:\n          - name: Đắk La\n            kind: xã\n          - name: Đắk Hà\n            kind: thị trấn\n            slug: thi-tran-dak-ha\n      - name: Kon Rẫy\n        kind: huyện\n  - name: Đắk Nông\n    kind: tỉnh\n    children:\n      - name: Đắk R'Lấp\n        kind: huyện\n")]
    [InlineData("title of the plan a ceremony and a result table belong to", "-- content/plans/tinh.md --\n---\ntitle: \"Kế hoạch ra quân (sửa)\"\nslug: ke-hoach-le-ra-quan-dau-nam-2024\nnumber: \"16/KH-UBND\"\ndate: 2024-01-25\nissuer: \"UBND tỉnh\"\nunit: kon-tum\n---\nToàn tỉnh.\n")]
    [InlineData("plan a ceremony belongs to made a draft", "-- content/plans/tinh.md --\n---\ntitle: \"Kế hoạch Lễ ra quân đầu năm 2024\"\ndate: 2024-01-25\nunit: kon-tum\ndraft: true\n---\nx\n")]
    [InlineData("time and place in a pasted plan's ceremonies", "-- content/plans/dak-ha.md --\n" + PastedPlan.Front + "1. Thời gian: ra quân lúc 08h00, thứ Hai, ngày 11 tháng 3 năm 2024.\n\n" + PastedPlan.Points + "1\tXã Đăk La\tTrồng cây\tThôn 9\t100 cây\n")]
    [InlineData("ceremonies file", "-- content/ceremonies/tinh.yml --\n- unit: kon-ray\n  start: 2024-03-02T08:30\n  place: \"Sân vận động\"\n  plan: ke-hoach-le-ra-quan-dau-nam-2024\n")]
    [InlineData("result table", "-- content/results/ket-qua.csv --\nĐơn vị,Chiều dài,Kế hoạch\nXã Đắk La,\"1900\",2.000\n")]
    [InlineData("site.yml", "-- content/site.yml --\ntitle: \"Ra quân 2024 (sửa)\"\nbase_url: \"https://example.gov.vn/ra-quan-2024/\"\npublisher:\n  name: \"UBND tỉnh Kon Tum\"\nfeed:\n  items: 5\npaginate: 7\n")]
    public async Task An_edit_rebuilds_to_the_same_files_as_a_full_build(string edit, string files)
    {
        using var site = ManyPlans();
        await using var theme = new DefaultTheme();
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, Now), theme);
        Assert.True((await session.BuildAsync()).Succeeded);

        site.Write(files);
        var incremental = await session.BuildAsync();
        site.BuildOk();

        Assert.True(incremental.Succeeded, edit + ": " + string.Join("\n", incremental.Errors));
        Assert.Equal(Snapshot.Of(site.Output), Snapshot.Of(incremental.Files!));
    }

    [Fact]
    public async Task Editing_a_plan_renders_only_the_pages_and_feeds_that_show_it()
    {
        using var site = ManyPlans();
        await using var theme = new DefaultTheme();
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, Now), theme);
        var first = await session.BuildAsync();

        site.Write("-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\ndate: 2024-01-07\nunit: thi-tran-dak-ha\n---\nNội dung đã sửa.\n");
        var second = await session.BuildAsync();

        // The plan's page; the list pages that show it (its title could have changed): one page of the plan list, one
        // of the plans of 2024, and the pages of its town, district and province (not the home page: it is not among
        // the newest ten); the feeds of the site and of those three units, RSS and Atom; and api/ke-hoach.json. Not the
        // schedule, the ceremony and result pages, the calendars, the English, search and feed list pages or
        // api/dia-ban.json: 15 of 100.
        Assert.True(first.Rendered >= 100, $"first build rendered {first.Rendered}");
        Assert.InRange(second.Rendered, 1, 15);
        Assert.Contains("Nội dung đã sửa.", System.Text.Encoding.UTF8.GetString(second.Files!["ke-hoach/ke-hoach-so-07/index.html"]));
    }

    [Fact]
    public async Task An_image_from_files_that_no_body_shows_any_more_is_no_longer_published_and_one_a_kept_body_shows_still_is()
    {
        using var site = TestSite.Create(SampleFiles.PlanWithImage("![Sơ đồ cũ](/files/so-do-cu.png)") + "\n" + """
            -- content/plans/ban-do.md --
            ---
            title: "Kế hoạch có bản đồ"
            unit: dak-la
            date: 2024-02-16
            ---
            ![Bản đồ](/files/ban-do.png)
            -- content/files/so-do-cu.png --
            (the old picture)
            -- content/files/so-do-moi.png --
            (the new picture)
            -- content/files/ban-do.png --
            (a map)
            """);
        await using var theme = new DefaultTheme();
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, Now), theme);
        var first = await session.BuildAsync();
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Contains("files/so-do-cu.png", first.Files!.Keys);

        // The plan shows another picture; the other plan's body is reused as it was, with the picture it shows.
        site.Write(SampleFiles.PlanWithImage("![Sơ đồ mới](/files/so-do-moi.png)"));
        var second = await session.BuildAsync();
        Assert.True(second.Succeeded, string.Join("\n", second.Errors));
        Assert.DoesNotContain("files/so-do-cu.png", second.Files!.Keys);
        Assert.Contains("files/so-do-moi.png", second.Files!.Keys);
        Assert.Contains("files/ban-do.png", second.Files!.Keys);
        site.BuildOk();
        Assert.Equal(Snapshot.Of(site.Output), Snapshot.Of(second.Files!));

        // A plan deleted: its picture goes with it.
        File.Delete(Path.Combine(site.Content, "plans/ban-do.md"));
        var third = await session.BuildAsync();
        Assert.True(third.Succeeded, string.Join("\n", third.Errors));
        Assert.DoesNotContain("files/ban-do.png", third.Files!.Keys);
        Assert.Contains("files/so-do-moi.png", third.Files!.Keys);
    }

    [Fact]
    public async Task A_content_error_is_returned_and_the_next_good_build_recovers()
    {
        using var site = ManyPlans();
        await using var theme = new DefaultTheme();
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, Now), theme);
        await session.BuildAsync();

        site.Write("-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\nunit: khong-co\ndate: 2024-01-02\n---\nx\n");
        var failed = await session.BuildAsync();
        site.Write("-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\ndate: 2024-01-07\nunit: thi-tran-dak-ha\n---\nNội dung 7.\n");
        var fixedBuild = await session.BuildAsync();
        site.BuildOk();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Errors, e => e.Message.Contains("\"khong-co\" is not in units.yml", StringComparison.Ordinal));
        Assert.Equal(Snapshot.Of(site.Output), Snapshot.Of(fixedBuild.Files!));
    }

    /// <summary>
    /// The base site and 30 plans, so lists run to several pages; ceremonies from a file (one of them organised by a
    /// plan) and from two pasted plans' tables (the second plan's ceremony takes the address "-2": it has the same
    /// unit and day as one of the first's), and a result table of a plan.
    /// </summary>
    private static TestSite ManyPlans()
    {
        var site = TestSite.Create($$"""
            -- content/ceremonies/tinh.yml --
            - unit: huyện Đắk Hà
              start: "08h30 thứ Ba, 20/02/2024"
              place: "Thôn 4, xã Đắk Mar"
              plan: ke-hoach-le-ra-quan-dau-nam-2024
            - unit: kon-ray
              start: 2024-03-05T08:30
              place: "Sân vận động huyện"
            -- content/plans/dak-ha.md --
            {{PastedPlan.Front}}1. Thời gian: ra quân lúc 07h30, thứ Hai, ngày 04 tháng 3 năm 2024.

            {{PastedPlan.Points}}{{PastedPlan.Rows}}
            -- content/plans/dak-ha2.md --
            ---
            unit: dak-ha
            date: 2024-01-02
            ---
            KẾ HOẠCH
            Ra quân tại xã Đắk La

            1. Thời gian: ra quân lúc 07h30, thứ Hai, ngày 04 tháng 3 năm 2024.

            {{PastedPlan.Points}}1	Xã Đăk La	Nạo vét kênh	Thôn 1	300 m
            -- content/results/ket-qua.yml --
            title: "Kết quả ra quân"
            source_plan: ke-hoach-le-ra-quan-dau-nam-2024
            columns:
              - { name: "Chiều dài", unit: m, aggregate: sum }
              - { name: "Kế hoạch", unit: m, aggregate: sum }
            -- content/results/ket-qua.csv --
            Đơn vị,Chiều dài,Kế hoạch
            Xã Đắk La,"1872,8",2.000
            Huyện Kon Rẫy,"13.136,1","13.000"
            """);
        string[] units = ["dak-la", "kon-ray", "thi-tran-dak-ha", "dak-r-lap", "kon-tum"];
        for (var i = 1; i <= 30; i++)
        {
            site.Write($"-- content/plans/p-{i:00}.md --\n---\ntitle: \"Kế hoạch số {i:00}\"\ndate: 2024-01-{i:00}\nunit: {units[i % units.Length]}\n---\nNội dung {i}.\n");
        }

        return site;
    }

    /// <summary>A plan pasted from a document: its first event's time and its points table make its ceremonies.</summary>
    private static class PastedPlan
    {
        public const string Front = "---\nunit: dak-ha\n---\nKẾ HOẠCH\nTổ chức Lễ ra quân đầu năm 2024 trên địa bàn huyện\n\n";
        public const string Points = "BIỂU ĐIỂM RA QUÂN\n\nTT\tXã, thị trấn\tNội dung\tĐịa điểm\tQuy mô\n";
        public const string Rows = "1\tXã Đăk La\tLàm đường bê tông\tThôn 3, xã Đăk La\tL = 250m\n2\tThị trấn Đăk Hà\tTrồng cây xanh\tKhối 5\t500 cây\n";
    }
}
