namespace RaQuan.Tests.EndToEnd;

public sealed class BadInputTests
{
    /// <summary>Broken plans, units.yml and site.yml: where the error is, its English text and the fix (the Vietnamese build of each is in <see cref="Cli.VietnameseMessageTests"/>).</summary>
    public static TheoryData<string, string, string> BadContent => new()
    {
        { """
        -- content/plans/sai-ngay.md --
        ---
        title: "Ngày sai"
        unit: kon-ray
        date: 31/02/2024
        ---
        Nội dung.
        """, "plans/sai-ngay.md:4:7: error: date: date \"31/02/2024\" is not a valid date (February 2024 has 29 days)", "write the date as dd/MM/yyyy" },
        { """
        -- content/plans/don-vi-la.md --
        ---
        title: "Đơn vị lạ"
        unit: kon-rai
        date: 2024-01-02
        ---
        Nội dung.
        """, "plans/don-vi-la.md:3:7: error: unit \"kon-rai\" is not in units.yml", "did you mean \"kon-ray\"?" },
        { """
        -- content/plans/thieu.md --
        ---
        title: "Thiếu đơn vị"
        ---
        Nội dung.
        """, "plans/thieu.md:2:1: error: the required field \"unit\" is missing", "add a line such as: unit:" },
        { """
        -- content/plans/yaml-hong.md --
        ---
        title: "YAML hỏng
        unit: kon-ray
        date: 2024-01-02
        ---
        Nội dung.
        """, "plans/yaml-hong.md:", "error: the YAML is not valid" },
        { """
        -- content/plans/go-nham.md --
        ---
        titel: "Gõ nhầm"
        unit: kon-ray
        date: 2024-01-02
        ---
        Nội dung.
        """, "plans/go-nham.md:2:1: error: unknown field \"titel\"", "did you mean \"title\"?" },
        { """
        -- content/units.yml --
        units:
          - name: Kon Tum
            kind: tinh thanh
        """, "units.yml:3:11: error: \"tinh thanh\" is not a kind of administrative unit", "use one of: tỉnh, thành phố" },
        { """
        -- content/site.yml --
        title: "Thiếu địa chỉ"
        publisher:
          name: "UBND"
        """, "site.yml:1:1: error: the required field \"base_url\" is missing", "base_url: \"https://example.gov.vn/\"" },
    };

    [Theory]
    [MemberData(nameof(BadContent))]
    public void Bad_content_is_reported_with_file_line_and_fix(string files, string where, string fix)
    {
        using var site = TestSite.Create(files);
        var run = site.BuildFailsWith(where, fix);

        Assert.Contains("Build failed with", run.Error);
    }

    [Fact]
    public void Two_plans_with_one_slug_is_an_error_naming_both_files()
    {
        using var site = TestSite.Create("""
            -- content/plans/a.md --
            ---
            title: "Kế hoạch trồng cây"
            unit: kon-ray
            date: 2024-01-02
            ---
            A.
            -- content/plans/b.md --
            ---
            title: "Kế hoạch trồng cây"
            unit: dak-la
            date: 2024-01-02
            ---
            B.
            """);
        var run = site.BuildFails("plans/b.md:1:1", "plan slug \"ke-hoach-trong-cay\" is already used by ");

        Assert.Matches(@"plans/b\.md:1:1: error: plan slug ""ke-hoach-trong-cay"" is already used by .*plans/a\.md:1:1", run.Error);
        Assert.Contains("give one of the two a different \"slug:\"", run.Error);
    }

    [Fact]
    public void Two_units_with_one_slug_is_an_error_naming_both_lines()
    {
        using var site = TestSite.Create("""
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                children:
                  - name: Kon Tum
                    kind: thành phố
            """);
        var run = site.BuildFails("units.yml:5:9", "unit slug \"kon-tum\" is already used by ");

        Assert.Matches(@"units\.yml:5:9: error: unit slug ""kon-tum"" is already used by .*units\.yml:2:5", run.Error);
    }

    [Fact]
    public void Every_error_is_reported_in_one_run()
    {
        using var site = TestSite.Create("""
            -- content/plans/x.md --
            ---
            title: "X"
            unit: khong-co
            date: 30/02/2024
            ---
            -- content/plans/y.md --
            ---
            unit: kon-ray
            date: 2024-01-02
            ---
            không có tiêu đề
            """);
        var run = site.BuildFails("x.md:4:7", "date");
        Assert.Contains("y.md:1:1: error: the plan has no title", run.Error);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var before = Snapshot.Of(site.Output);

        site.Write(SampleFiles.PlanOfUnknownUnit);
        var run = site.BuildFails("plans/hong.md:3:7", "unit \"khong-ton-tai\" is not in units.yml");

        Assert.Contains("was left as it was", run.Error);
        Assert.Equal(before, Snapshot.Of(site.Output));
        Assert.Equal(["._site.cache", "._site.lock", "_site", "content"], site.RootEntries());
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_site_and_leaves_no_temporary_folders()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        File.WriteAllText(site.OutPath("stale.html"), "old");

        site.BuildOk();

        Assert.False(site.Exists("stale.html"));

        // The site replaced is kept for the next build to stage into (docs/reference/cli.md).
        Assert.Equal(["._site.cache", "._site.lock", "._site.previous", "_site", "content"], site.RootEntries());
    }

    [Fact]
    public void The_output_folder_cannot_be_the_content_folder()
    {
        using var site = TestSite.Create();
        var run = TestSite.Run(["build", site.Content, "-o", site.Content]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the output folder would replace the content folder", run.Error);
        Assert.True(File.Exists(Path.Combine(site.Content, "site.yml")));
    }
}
