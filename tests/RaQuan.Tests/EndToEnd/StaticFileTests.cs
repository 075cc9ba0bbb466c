namespace RaQuan.Tests.EndToEnd;

/// <summary>Files in static/ are copied to the site as they are, but never over a file RaQuan generates.</summary>
public sealed class StaticFileTests
{
    [Theory]
    [InlineData("index.html", "page")]
    [InlineData("404.html", "page")]
    [InlineData("ke-hoach/index.html", "page")]
    [InlineData("rss.xml", "file")]
    [InlineData("sitemap.xml", "file")]
    [InlineData("robots.txt", "file")]
    [InlineData("lich.ics", "file")]
    [InlineData("api/ke-hoach.json", "file")]
    [InlineData("assets/site.css", "file")]
    [InlineData("tim-kiem/du-lieu/meta.json", "file")]
    public void A_static_file_with_the_path_of_a_generated_file_is_an_error_and_the_site_is_kept(string path, string kind)
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var before = Snapshot.Of(site.Output);

        site.Write($"-- content/static/{path} --\ntĩnh\n");
        var run = site.BuildFails($"content/static/{path}", $"the static file would overwrite the generated {kind} \"{path}\"", fix: "rename or move it");
        Assert.Contains("Build failed with 1 error(s)", run.Error);
        Assert.Equal(before, Snapshot.Of(site.Output));
    }

    [Fact]
    public void A_static_file_where_the_site_has_a_folder_or_under_a_generated_file_is_an_error()
    {
        using var site = TestSite.Create("""
            -- content/static/ke-hoach --
            tĩnh
            -- content/static/rss.xml/ban-sao.xml --
            tĩnh
            """);

        var run = site.BuildFails("content/static/ke-hoach", "the static file and the generated file \"ke-hoach/");
        Assert.Contains("content/static/rss.xml/ban-sao.xml: error: the static file and the generated file \"rss.xml\" would need the same name for a file and a folder", run.Error);
        Assert.Contains("Build failed with 2 error(s)", run.Error);
    }

    [Fact]
    public void Other_static_files_are_copied_beside_the_generated_ones()
    {
        using var site = TestSite.Create("""
            -- content/static/favicon.ico --
            icon
            -- content/static/ke-hoach/huong-dan.txt --
            Hướng dẫn.
            """);

        site.BuildOk();

        site.AssertFileContains("favicon.ico", "icon");
        site.AssertFileContains("ke-hoach/huong-dan.txt", "Hướng dẫn.");
        Assert.True(site.Exists("ke-hoach/index.html"));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_static_file_named_with_backslashes_is_an_error_and_nothing_is_written_outside_the_site(string command)
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var before = Snapshot.Of(site.Output);
        var name = @"..\..\ESCAPED.txt";
        Directory.CreateDirectory(Path.Combine(site.Content, "static"));
        File.WriteAllText(Path.Combine(site.Content, "static", name), "thoát ra");
        var outside = new[] { site.Root, Path.GetDirectoryName(site.Root)! }
            .Select(folder => Path.Combine(folder, "ESCAPED.txt")).ToList();

        var run = command == "build" ? site.Build() : TestSite.Run(["check", site.Content]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"content/static/{name}: error: the name of the static file holds a backslash", run.Output + run.Error, StringComparison.Ordinal);
        Assert.All(outside, path => Assert.False(File.Exists(path), $"{path} was written"));
        Assert.Empty(Directory.EnumerateFiles(site.Root, "ESCAPED.txt", SearchOption.AllDirectories));
        Assert.Equal(before, Snapshot.Of(site.Output));
    }
}
