using System.Diagnostics;

namespace RaQuan.Tests.EndToEnd;

/// <summary>What lies at the edges of the output: attachments over generated files, foreign output folders, dotfiles, special files.</summary>
public sealed class OutputEdgeTests
{
    [Theory]
    [InlineData("rss.xml", "file")]
    [InlineData("index.html", "page")]
    [InlineData("assets/search.js", "file")]
    [InlineData("robots.txt", "file")]
    public void An_attachment_with_the_path_of_a_generated_file_is_a_content_error_naming_both(string path, string kind)
    {
        using var site = TestSite.Create($"-- content/{path} --\ntệp đính kèm\n");
        site.BuildOk();
        var before = Snapshot.Of(site.Output);
        site.Write($$"""
            -- content/plans/dinh-kem.md --
            ---
            title: "Kế hoạch có tệp đính kèm"
            date: 2024-02-01
            unit: kon-ray
            attachments: [{ title: "Bản ký số", path: {{path}} }]
            ---
            Nội dung.
            """);

        var run = site.BuildFails("content/plans/dinh-kem.md:1:1", $"the attachment \"{path}\" would overwrite the generated {kind} \"{path}\"");
        Assert.DoesNotContain("Exception", run.Error);
        Assert.Equal(before, Snapshot.Of(site.Output));
    }

    [Fact]
    public void An_output_folder_of_other_files_is_refused_unless_forced()
    {
        using var site = TestSite.Create();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(site.OutPath("luan-van.docx"), "bản thảo");

        var refused = site.Build();
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the output folder holds files that RaQuan did not write", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.True(site.Exists("luan-van.docx"));

        site.BuildOk("--force");
        Assert.False(site.Exists("luan-van.docx"));
        Assert.True(site.Exists(".raquan-output"));
    }

    [Fact]
    public void A_site_RaQuan_built_is_replaced_with_or_without_its_marker()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        Assert.True(site.Exists(".raquan-output"));
        site.BuildOk();

        // A site built before the marker was written is known by the files every build writes.
        File.Delete(site.OutPath(".raquan-output"));
        site.BuildOk();
        Assert.True(site.Exists(".raquan-output"));
    }

    [Fact]
    public void An_output_folder_inside_the_content_folder_is_refused()
    {
        using var site = TestSite.Create();
        var inside = Path.Combine(site.Content, "static", "_site");

        var run = TestSite.Run(["build", site.Content, "-o", inside, "--now", TestSite.DefaultNow]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the output folder is inside the content folder", run.Error);
        Assert.False(Directory.Exists(inside));
    }

    [Fact]
    public void Dotfiles_in_static_are_not_published_except_well_known_and_are_named_in_a_warning()
    {
        using var site = TestSite.Create("""
            -- content/static/.env --
            DB_PASSWORD=bi-mat
            -- content/static/.git/config --
            [remote "origin"]
            -- content/static/img/.DS_Store --
            x
            -- content/static/img/logo.svg --
            <svg/>
            -- content/static/.well-known/security.txt --
            Contact: mailto:vanthu@kontum.gov.vn
            """);

        var run = site.BuildOk();

        Assert.False(site.Exists(".env"));
        Assert.False(Directory.Exists(site.OutPath(".git")));
        Assert.False(site.Exists("img/.DS_Store"));
        Assert.True(site.Exists("img/logo.svg"));
        Assert.True(site.Exists(".well-known/security.txt"));
        Assert.Contains("content/static/.env: warning: the file is not published", run.Error);
        Assert.Contains("content/static/.git: warning: the folder is not published", run.Error);
        Assert.Contains("content/static/img/.DS_Store: warning: the file is not published", run.Error);
    }

    [Fact]
    public async Task A_named_pipe_in_the_content_folder_is_skipped_with_a_warning()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // named pipes are made with mkfifo
        }

        using var site = TestSite.Create();
        foreach (var fifo in new[] { "plans/ong.md", "static/ong.txt", "ceremonies/ong.yml" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Content, fifo))!);
            using var mkfifo = Process.Start("mkfifo", Path.Combine(site.Content, fifo));
            await mkfifo.WaitForExitAsync(CancellationToken.None);
        }

        // A build that opened a pipe would wait for a writer for ever.
        var build = Task.Run(() => site.Build(), CancellationToken.None);
        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60), CancellationToken.None)));
        var run = await build;

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("content/plans/ong.md: warning: the file is a named pipe, socket or device", run.Error);
        Assert.Contains("content/static/ong.txt: warning: the file is a named pipe", run.Error);
        Assert.False(site.Exists("ong.txt"));
    }

    [Fact]
    public void An_old_site_that_cannot_be_deleted_is_kept_whole_and_nothing_is_published_or_left_behind()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // uses chmod or chattr
        }

        using var site = TestSite.Create();
        site.BuildOk();
        var locked = site.OutPath("ke-hoach");
        var root = Environment.UserName == "root";

        // root may change a read-only folder, but not an immutable one (which a file system such as tmpfs cannot make).
        if (!Lock(locked, root, on: true))
        {
            return;
        }

        try
        {
            var before = Snapshot.Of(site.Output);
            site.Write("-- content/plans/moi.md --\n---\ntitle: \"Kế hoạch mới\"\ndate: 2024-02-02\nunit: dak-la\n---\nMới.\n");

            site.BuildFails("ke-hoach", "the folder of the previous site cannot be changed");
            Assert.Equal(before, Snapshot.Of(site.Output));
            Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, "._site.staging-*"));
        }
        finally
        {
            Lock(locked, root, on: false);
        }
    }

    private static bool Lock(string folder, bool root, bool on)
    {
        var (program, argument) = root ? ("chattr", on ? "+i" : "-i") : ("chmod", on ? "a-w" : "u+w");
        using var process = Process.Start(new ProcessStartInfo(program, [argument, folder]) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
