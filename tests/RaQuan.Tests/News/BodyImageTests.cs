namespace RaQuan.Tests.News;

/// <summary>Images in plans and pages: published from static/ or files/, at addresses that carry the base URL's path.</summary>
public sealed class BodyImageTests
{
    [Fact]
    public void Images_from_files_are_published_and_root_relative_images_carry_the_sub_path()
    {
        using var site = TestSite.Create(SampleFiles.PlanWithImage("![Sơ đồ vị trí ra quân](/files/so-do.png)") + "\n" + """
            -- content/files/so-do.png --
            (a picture)
            -- content/pages/gioi-thieu.md --
            ---
            title: "Giới thiệu"
            ---
            ![Biểu trưng](/anh/bieu-trung.png)
            -- content/static/anh/bieu-trung.png --
            (a picture)
            """);
        site.BuildOk();

        Assert.True(site.Exists("files/so-do.png"));
        Assert.Equal("/ra-quan-2024/files/so-do.png", site.Html("ke-hoach/ke-hoach-co-so-do/index.html").QuerySelector(".plan-body img")!.GetAttribute("src"));
        Assert.Equal("/ra-quan-2024/anh/bieu-trung.png", site.Html("gioi-thieu/index.html").QuerySelector("main img")!.GetAttribute("src"));
        Assert.Equal(0, TestSite.Run(["check", site.Content]).ExitCode);
    }

    [Theory]
    [InlineData("![Sơ đồ](/anh/khong-co.png)", "does not exist")]
    [InlineData("![Sơ đồ](files/khong-co.png)", "does not exist")]
    [InlineData("![Sơ đồ](../../../etc/anh.png)", "is outside static/ and files/")]
    public void A_missing_or_outside_image_in_a_plan_is_an_error_at_its_line(string image, string problem)
    {
        using var site = TestSite.Create(SampleFiles.PlanWithImage(image));

        var run = site.BuildFails("plans/so-do.md:8:1", "");
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains(problem, error);
    }
}
