using System.Globalization;
using RaQuan.Building;
using RaQuan.Serving;
using RaQuan.Tests.Support;
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

        // The plan page's outputs (page, print version, fragment); the list pages that show it (its title could have
        // changed): one page of the plan list and the pages of its town, district and province (not the home page: it
        // is not among the newest ten); the feeds of the site and of those three units; and the pages of kinds the
        // render keys do not know yet (the English page and the schedule), which render every time: 13 of 70-odd.
        Assert.True(first.Rendered > 40, $"first build rendered {first.Rendered}");
        Assert.InRange(second.Rendered, 1, 15);
        Assert.Contains("Nội dung đã sửa.", System.Text.Encoding.UTF8.GetString(second.Files!["ke-hoach/ke-hoach-so-07/index.html"]));
    }

    [Fact]
    public async Task A_content_error_is_returned_and_the_next_good_build_recovers()
    {
        using var site = ManyPlans();
        await using var theme = new DefaultTheme();
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, Now), theme);
        await session.BuildAsync();

        site.Write("-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\nunit: khong-co\n---\nx\n");
        var failed = await session.BuildAsync();
        site.Write("-- content/plans/p-07.md --\n---\ntitle: \"Kế hoạch số 07\"\ndate: 2024-01-07\nunit: thi-tran-dak-ha\n---\nNội dung 7.\n");
        var fixedBuild = await session.BuildAsync();
        site.BuildOk();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Errors, e => e.Message.Contains("\"khong-co\" is not in units.yml", StringComparison.Ordinal));
        Assert.Equal(Snapshot.Of(site.Output), Snapshot.Of(fixedBuild.Files!));
    }

    /// <summary>The base site and 30 plans, so lists run to several pages.</summary>
    private static TestSite ManyPlans()
    {
        var site = TestSite.Create();
        string[] units = ["dak-la", "kon-ray", "thi-tran-dak-ha", "dak-r-lap", "kon-tum"];
        for (var i = 1; i <= 30; i++)
        {
            site.Write($"-- content/plans/p-{i:00}.md --\n---\ntitle: \"Kế hoạch số {i:00}\"\ndate: 2024-01-{i:00}\nunit: {units[i % units.Length]}\n---\nNội dung {i}.\n");
        }

        return site;
    }
}
