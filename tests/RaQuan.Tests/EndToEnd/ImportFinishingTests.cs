namespace RaQuan.Tests.EndToEnd;

/// <summary>`import` writes a plan that needs no more typing: unit, slug, summary, the site's plans folder; a draft is said to be one.</summary>
public sealed class ImportFinishingTests
{
    [Fact]
    public void Import_writes_unit_slug_and_the_purpose_as_summary_into_the_plans_folder_of_the_site()
    {
        using var site = TestSite.WithDocument(SampleFiles.TreePlantingPlan);

        var run = TestSite.Run(["import", site.Document, "--site", site.Content]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Path.Combine(site.Content, "plans", "to-chuc-trong-cay-dau-xuan-giap-thin.md"), run.Output.Trim());
        var plan = File.ReadAllText(run.Output.Trim());
        Assert.Contains("\nunit: \"kon-ray\"\n", plan, StringComparison.Ordinal);
        Assert.Contains("\nslug: to-chuc-trong-cay-dau-xuan-giap-thin\n", plan, StringComparison.Ordinal);
        Assert.Contains("summary: \"Phát động phong trào trồng cây xanh trên các tuyến đường của huyện, tạo cảnh quan sáng, xanh, sạch, đẹp.\"\n", plan, StringComparison.Ordinal);
        site.BuildOk("--future"); // published from the day of the import, after the tests' build time
        Assert.Contains("Phát động phong trào trồng cây xanh", site.Html("ke-hoach/to-chuc-trong-cay-dau-xuan-giap-thin/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_purpose_heading_the_summary_is_the_first_paragraph_after_the_legal_basis()
    {
        using var site = TestSite.WithDocument(SampleFiles.TreePlantingPlan.Replace("I. MỤC ĐÍCH, YÊU CẦU\n", "", StringComparison.Ordinal));

        var run = TestSite.Run(["import", site.Document, "--site", site.Content]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("summary: \"Ủy ban nhân dân huyện Kon Rẫy xây dựng kế hoạch như sau\"\n", File.ReadAllText(run.Output.Trim()), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_and_new_refuse_a_folder_without_site_yml_naming_the_site_option()
    {
        using var site = TestSite.WithDocument(SampleFiles.TreePlantingPlan);

        var import = TestSite.Run(["import", site.Document, "--site", site.Root]);
        var create = TestSite.Run(["new", "plan", "Kế hoạch mới", "--site", site.Root]);

        foreach (var run in new[] { import, create })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{site.Root}: error: the folder holds no site.yml, so it is not a site's content folder\n  fix: run the command in the content folder (the one with site.yml), or name it: --site content", run.Error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(site.Root, "plans")));
    }

    [Theory]
    [InlineData("Số: 45/KH-UBND", "Số:    /KH-UBND", "the number is blank")]
    [InlineData("Kon Rẫy, ngày 02 tháng 02 năm 2024", "Kon Rẫy, ngày    tháng 02 năm 2024", "the day or month of the date is blank")]
    public void A_blank_number_or_day_warns_that_the_document_looks_like_an_unsigned_draft(string signed, string draft, string warning)
    {
        using var site = TestSite.Create($"-- doc.txt --\n{SampleFiles.TreePlantingPlan.Replace(signed, draft, StringComparison.Ordinal)}\n-- signed.txt --\n{SampleFiles.TreePlantingPlan}");

        var run = TestSite.Run(["inspect", site.Document]);
        var clean = TestSite.Run(["inspect", Path.Combine(site.Root, "signed.txt")]);

        Assert.Contains(warning, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("looks like an unsigned draft", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unsigned draft", clean.Output + clean.Error, StringComparison.Ordinal);
    }
}
