namespace RaQuan.Tests.Units;

/// <summary>The two-tier map of July 2025 and the three-tier map before it, in one site, with the mergers between them.</summary>
public sealed class AdministrativeMapTests
{
    private const string Now = "2026-03-01T09:00:00+07:00";

    private const string TwoTier = SampleFiles.WithoutBasePlans + "\n" + """
        -- content/units.yml --
        units:
          - name: Quảng Ngãi
            kind: tỉnh
            code: "51"
            children:
              - name: Đắk Hà
                kind: xã
                code: "23500"
              - name: Kon Tum
                kind: phường
                slug: phuong-kon-tum
              - name: Lý Sơn
                kind: đặc khu
        -- content/plans/xa-dak-ha.md --
        ---
        title: "Kế hoạch ra quân xã Đắk Hà năm 2026"
        slug: ra-quan-xa-dak-ha-2026
        date: 2026-01-20
        unit: dak-ha
        ---
        Xã Đắk Hà ra quân.
        -- content/plans/ly-son.md --
        ---
        title: "Kế hoạch ra quân đặc khu Lý Sơn"
        slug: ra-quan-ly-son-2026
        date: 2026-01-21
        unit: ly-son
        ---
        Đặc khu Lý Sơn ra quân.
        """;

    // The old map of the base site (Kon Tum › Đắk Hà › Đắk La) merged into the new province.
    private const string BothMaps = """
        -- content/units.yml --
        units:
          - name: Kon Tum
            kind: tỉnh
            code: "62"
            merged_into: { unit: quang-ngai, date: 2025-07-01 }
            children:
              - name: Đắk Hà
                kind: huyện
                children:
                  - name: Đắk La
                    kind: xã
                    merged_into: { unit: xa-dak-ha, date: 2025-07-01 }
              - name: Kon Rẫy
                kind: huyện
          - name: Đắk Nông
            kind: tỉnh
            children:
              - name: Đắk R'Lấp
                kind: huyện
          - name: Quảng Ngãi
            kind: tỉnh
            code: "51"
            children:
              - name: Đắk Hà
                kind: xã
                slug: xa-dak-ha
        -- content/plans/xa-dak-ha.md --
        ---
        title: "Kế hoạch ra quân xã Đắk Hà năm 2026"
        slug: ra-quan-xa-dak-ha-2026
        date: 2026-01-20
        unit: xa-dak-ha
        ---
        Xã Đắk Hà ra quân.
        """;

    [Fact]
    public void A_two_tier_site_builds_without_warnings()
    {
        using var site = TestSite.Create(TwoTier);
        var run = BuildOk(site);

        Assert.Equal("", run.Error);
        var commune = site.Html("dia-ban/dak-ha/index.html");
        Assert.Contains("Cấp xã", commune.QuerySelector(".unit-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Trang chủ", "Tỉnh Quảng Ngãi", "Xã Đắk Hà"], Crumbs(site, "ke-hoach/ra-quan-xa-dak-ha-2026/index.html"));
        Assert.Equal("Đặc khu Lý Sơn", site.Html("dia-ban/ly-son/index.html").QuerySelector("h1")!.TextContent);
        site.AssertFileContains("api/dia-ban.json", "\"kind\": \"đặc khu\"");
    }

    [Theory]
    [InlineData("huyện", "xã", "units.yml:9:19: error: xã Đắk La cannot stand under huyện Đắk Hà", null)]
    [InlineData("xã", "xã", "units.yml:9:19: error: xã Lower cannot stand under xã Đắk La: a commune, ward or special zone holds no units", "Lower")]
    [InlineData("huyện", "đặc khu", "units.yml:9:19: error: đặc khu Đắk La cannot stand under huyện Đắk Hà: a special zone (đặc khu) stands directly under its province", null)]
    public void A_unit_that_cannot_stand_where_it_is_is_an_error(string middle, string lower, string expected, string? lowerName)
    {
        // The first case is the valid three-tier tree: no error. The others break it one way each.
        var tree = $"""
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                children:
                  - name: Đắk Hà
                    kind: {middle}
                    children:
                      - name: {lowerName ?? "Đắk La"}
                        kind: {lower}
            """;
        if (lowerName is not null)
        {
            tree = """
                -- content/units.yml --
                units:
                  - name: Kon Tum
                    kind: tỉnh
                    children:
                      - name: Đắk La
                        kind: xã
                        children:
                          - name: Lower
                            kind: xã
                """;
        }

        using var site = TestSite.Create(tree + "\n" + OnlyProvincePlan);
        var run = Build(site);
        if (middle == "huyện" && lower == "xã")
        {
            Assert.Equal(0, run.ExitCode);
            return;
        }

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains(expected, StringComparison.Ordinal), run.Error);
        Assert.True(run.Error.Contains("fix: move the unit or correct its kind", StringComparison.Ordinal), run.Error);
    }

    [Theory]
    [InlineData("- name: Đắk Hà\n        kind: huyện\n        children:\n          - name: Đắk Tô\n            kind: huyện", "huyện Đắk Tô cannot stand under huyện Đắk Hà")]
    [InlineData("- name: Đắk Hà\n        kind: thị trấn", "thị trấn Đắk Hà cannot stand under tỉnh Kon Tum: a township (thị trấn) stands under a district")]
    public void A_district_under_a_district_or_a_township_under_a_province_is_refused(string child, string expected)
    {
        using var site = TestSite.Create($"""
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                children:
                  {child}
            """ + "\n" + OnlyProvincePlan);
        var run = Build(site);

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains(expected, StringComparison.Ordinal), run.Error);
    }

    [Fact]
    public void A_merged_unit_links_to_its_successor_and_back()
    {
        using var site = TestSite.Create(BothMaps);
        BuildOk(site);

        var old = site.Html("dia-ban/kon-tum/index.html").QuerySelector("p.merged-into")!;
        Assert.Equal("Từ ngày 01/07/2025 thuộc tỉnh Quảng Ngãi. Các văn bản dưới đây được giữ nguyên theo tên đơn vị khi ban hành.", old.TextContent);
        Assert.Equal("/ra-quan-2024/dia-ban/quang-ngai/", old.QuerySelector("a")!.GetAttribute("href"));

        var successor = site.Html("dia-ban/quang-ngai/index.html").QuerySelector("p.predecessors")!;
        Assert.Equal("Trước ngày 01/07/2025 gồm tỉnh Kon Tum.", successor.TextContent);
        Assert.Equal("/ra-quan-2024/dia-ban/kon-tum/", successor.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Trước ngày 01/07/2025 gồm xã Đắk La.", site.Html("dia-ban/xa-dak-ha/index.html").QuerySelector("p.predecessors")!.TextContent);
    }

    [Fact]
    public void Breadcrumbs_follow_the_map_of_the_documents_date()
    {
        using var site = TestSite.Create(BothMaps);
        BuildOk(site);

        Assert.Equal(["Trang chủ", "Tỉnh Kon Tum", "Huyện Đắk Hà", "Xã Đắk La"], Crumbs(site, "ke-hoach/phat-dong-thi-dua-xa-dak-la-nam-2024/index.html"));
        Assert.Equal(["Trang chủ", "Tỉnh Quảng Ngãi", "Xã Đắk Hà"], Crumbs(site, "ke-hoach/ra-quan-xa-dak-ha-2026/index.html"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_successor_shows_its_predecessors_plans_when_the_site_asks(bool predecessorPlans)
    {
        using var site = TestSite.Create(BothMaps);
        if (predecessorPlans)
        {
            site.Write("-- content/site.yml --\n" + File.ReadAllText(Path.Combine(site.Content, "site.yml")) + "predecessor_plans: true\n");
        }

        BuildOk(site);

        var commune = site.Read("dia-ban/xa-dak-ha/index.html");
        Assert.Contains("Kế hoạch ra quân xã Đắk Hà năm 2026", commune, StringComparison.Ordinal);
        Assert.Equal(predecessorPlans, commune.Contains("Phát động thi đua xã Đắk La năm 2024", StringComparison.Ordinal));
        var province = site.Read("dia-ban/quang-ngai/index.html");
        Assert.Equal(predecessorPlans, province.Contains("Kế hoạch Lễ ra quân đầu năm 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_of_the_old_map_used_after_its_merger_is_a_warning_naming_both()
    {
        using var site = TestSite.Create(BothMaps + """

            -- content/plans/cu.md --
            ---
            title: "Kế hoạch năm 2026 ghi đơn vị cũ"
            slug: ke-hoach-2026-don-vi-cu
            date: 2026-02-01
            unit: dak-la
            ---
            Văn bản.
            """);
        var run = BuildOk(site);

        Assert.True(run.Error.Contains("plans/cu.md:5:7: warning: xã Đắk La (dak-la) is on the old map on 01/02/2026, the document's date: it became part of xã Đắk Hà on 01/07/2025", StringComparison.Ordinal), run.Error);
        Assert.True(run.Error.Contains("fix: use the unit of the new map (xa-dak-ha", StringComparison.Ordinal), run.Error);
        Assert.DoesNotContain("plans/dak-la.md", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("merged_into: { unit: quang-ngia, date: 2025-07-01 }", "units.yml:4:26: error: unit \"quang-ngia\" is not in units.yml", "did you mean \"quang-ngai\"?")]
    [InlineData("merged_into: { unit: quang-ngai, date: 2026-07-01 }", "units.yml:4:44: warning: tỉnh Kon Tum is merged on 01/07/2026, after the day of the build (01/03/2026)", "check the date of the merger")]
    [InlineData("merged_into: { unit: dak-ha, date: 2025-07-01 }", "units.yml:4:26: error: the mergers go round in a circle: tỉnh Kon Tum (kon-tum) → huyện Đắk Hà (dak-ha)", "point merged_into at the unit that took it over")]
    public void A_wrong_merger_is_an_error_at_its_line(string merger, string expected, string fix)
    {
        using var site = TestSite.Create($"""
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                {merger}
                children:
                  - name: Đắk Hà
                    kind: huyện
              - name: Quảng Ngãi
                kind: tỉnh
            """ + "\n" + OnlyProvincePlan);
        var run = Build(site);

        Assert.Equal(expected.Contains(": error:", StringComparison.Ordinal) ? 1 : 0, run.ExitCode);
        Assert.True(run.Error.Contains(expected, StringComparison.Ordinal), run.Error);
        Assert.True(run.Error.Contains(fix, StringComparison.Ordinal), run.Error);
    }

    [Fact]
    public void Two_units_merged_into_each_other_are_a_cycle()
    {
        using var site = TestSite.Create("""
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                merged_into: { unit: quang-ngai, date: 2025-07-01 }
              - name: Quảng Ngãi
                kind: tỉnh
                merged_into: { unit: kon-tum, date: 2025-07-01 }
            """ + "\n" + OnlyProvincePlan);
        var run = Build(site);

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains("units.yml:4:26: error: the mergers go round in a circle: tỉnh Kon Tum (kon-tum) → tỉnh Quảng Ngãi (quang-ngai) → tỉnh Kon Tum (kon-tum)", StringComparison.Ordinal), run.Error);
    }

    // The base site's plans name units the trees above may not have: keep one on the province.
    private const string OnlyProvincePlan = """
        -- content/plans/dak-la.md --
        (deleted)
        -- content/plans/kon-ray.md --
        (deleted)
        -- content/plans/dak-r-lap.md --
        (deleted)
        """;

    internal static CliRun Build(TestSite site) => TestSite.Run(["build", site.Content, "-o", site.Output, "--now", Now]);

    internal static CliRun BuildOk(TestSite site)
    {
        var run = Build(site);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    /// <summary>The breadcrumb links, without the page itself.</summary>
    private static List<string> Crumbs(TestSite site, string path) =>
        site.Html(path).QuerySelectorAll("nav.breadcrumbs li a").Select(a => a.TextContent.Trim()).ToList();
}
