namespace RaQuan.Tests.EndToEnd;

/// <summary>Nothing in the content can make the build read or write outside its folders.</summary>
public sealed class EscapeTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\\\Windows\\\\system32")]
    [InlineData("ke-hoach\\0.html")]
    [InlineData("..")]
    public void A_slug_that_is_a_path_is_rejected_for_plans_pages_and_units(string slug)
    {
        using var site = TestSite.Create($$"""
            -- content/plans/duong-dan.md --
            ---
            title: "Đường dẫn"
            slug: "{{slug}}"
            unit: kon-ray
            date: 2024-01-02
            ---
            Nội dung.
            -- content/pages/trang.md --
            ---
            title: "Trang"
            slug: "{{slug}}"
            ---
            Nội dung.
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                slug: "{{slug}}"
              - name: Kon Rẫy
                kind: tỉnh
            """);
        var run = site.BuildFails("plans/duong-dan.md:3:7", "slug");
        Assert.Contains("pages/trang.md:3:7: error: slug", run.Error);
        Assert.Contains("units.yml:4:11: error: slug", run.Error);
        Assert.Contains("a slug is lower-case ASCII letters, digits and single hyphens", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("../../etc/passwd", "path \"../../etc/passwd\" points outside the site folder")]
    [InlineData("files/../../outside.pdf", "path \"files/../../outside.pdf\" points outside the site folder")]
    [InlineData("/etc/passwd", "path \"/etc/passwd\" points outside the site folder")]
    [InlineData("C:/Windows/win.ini", "path \"C:/Windows/win.ini\" points outside the site folder")]
    [InlineData("C:\\\\Windows\\\\win.ini", "path \"C:\\Windows\\win.ini\" points outside the site folder")]
    [InlineData("..\\\\..\\\\etc\\\\passwd", "path \"..\\..\\etc\\passwd\" points outside the site folder")]
    [InlineData("\\\\\\\\server\\\\share\\\\a.pdf", "path \"\\\\server\\share\\a.pdf\" points outside the site folder")]
    [InlineData("files/a.pdf\\0.html", "path \"files/a.pdf\\u0000.html\" points outside the site folder")]
    [InlineData("files\\\\ke-hoach.pdf", "path \"files\\ke-hoach.pdf\" uses \"\\\" (a Windows path)")]
    public void An_attachment_path_that_leaves_the_site_folder_is_rejected(string path, string message)
    {
        using var site = TestSite.Create(PlanWithAttachments($$"""
              - { title: "Tệp", path: "{{path}}" }
            """));

        site.BuildFails("plans/tep.md:6:5", message);
    }

    [Fact]
    public void An_attachment_given_as_a_title_and_path_or_as_a_bare_path_cannot_leave_the_site_folder()
    {
        using var site = TestSite.Create(PlanWithAttachments("""
              - title: "Mật khẩu"
                path: ../../etc/passwd
              - /etc/passwd
            """));

        var run = site.BuildFails("plans/tep.md:6:5", "path \"../../etc/passwd\" points outside the site folder");
        Assert.Contains("plans/tep.md:8:5: error: path \"/etc/passwd\" points outside the site folder", run.Error);
    }

    [Theory]
    [InlineData("content/plans/ngoai.md", "file")]
    [InlineData("content/static/ngoai", "folder")]
    [InlineData("content/files/ngoai.pdf", "file")]
    [InlineData("content/plans", "folder")]
    public void A_symbolic_link_out_of_the_content_folder_is_refused_naming_the_link(string link, string kind)
    {
        using var site = TestSite.Create();
        var outside = Path.Combine(site.Root, "ngoai");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "bi-mat.md"), "---\ntitle: \"Bí mật\"\nunit: kon-ray\n---\nBí mật.\n");
        var full = Path.Combine(site.Root, link);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }

        if (kind == "file")
        {
            File.CreateSymbolicLink(full, Path.Combine(outside, "bi-mat.md"));
        }
        else
        {
            Directory.CreateSymbolicLink(full, outside);
        }

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{link[("content/".Length)..]}: error: the symbolic link", run.Error);
        Assert.Contains("points outside the site folder", run.Error);
        Assert.Contains("copy the file or folder into the site folder instead of linking to it", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_symbolic_link_that_loops_is_refused()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Content, "static"));
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "static", "vong"), Path.Combine(site.Content, "static", "vong"));

        var run = site.BuildFails("static/vong", "the symbolic link");
        Assert.Contains("cannot be followed", run.Error);
    }

    [Fact]
    public void Symbolic_links_that_stay_inside_the_content_folder_are_fine()
    {
        using var site = TestSite.Create(PlanWithAttachments("""
              - { title: "Bản ký số", path: "tai-lieu/ke-hoach.pdf" }
            """));
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "tai-lieu"), "files");
        Directory.CreateDirectory(Path.Combine(site.Content, "static"));
        File.CreateSymbolicLink(Path.Combine(site.Content, "static", "ke-hoach.pdf"), "../files/ke-hoach.pdf");

        site.BuildOk();

        Assert.Equal("%PDF-1.4\n", site.Read("tai-lieu/ke-hoach.pdf"));
        Assert.Equal("%PDF-1.4\n", site.Read("ke-hoach.pdf"));
    }

    // content/plans/tep.md with the attachments: list given (its first item on line 6), beside content/files/ke-hoach.pdf.
    private static string PlanWithAttachments(string attachments) => $"""
        -- content/files/ke-hoach.pdf --
        %PDF-1.4
        -- content/plans/tep.md --
        ---
        title: "Có tệp"
        unit: kon-ray
        date: 2024-01-02
        attachments:
        {attachments}
        ---
        Tệp.
        """;
}
