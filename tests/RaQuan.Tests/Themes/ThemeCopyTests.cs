using RaQuan.Tests.Support;
using RaQuan.Themes.Default;

namespace RaQuan.Tests.Themes;

/// <summary>
/// <c>raquan theme list</c> names the built-in templates, and <c>raquan theme copy</c> writes their text into the
/// site's theme folder, where RazorLight compiles it: the copies render the very bytes the built-in theme does.
/// </summary>
public sealed class ThemeCopyTests
{
    [Fact]
    public void Every_copied_template_compiled_by_razorlight_renders_the_same_bytes_as_the_built_in_one()
    {
        using var site = SampleSite.Build();
        var builtIn = Pages(site);

        var siteYml = Path.Combine(site.Content, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("theme:\n", "theme:\n  name: ban-sao\n", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site.Content, "themes", "ban-sao"));
        foreach (var name in ThemeTemplates.Names)
        {
            var run = TestSite.Run(["theme", "copy", name, "--site", site.Content]);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(ThemeTemplates.Text(name), File.ReadAllText(Path.Combine(site.Content, "themes", "ban-sao", name + ".cshtml")));
        }

        site.BuildOk();
        var copied = Pages(site);

        Assert.Equal(builtIn.Keys.Order(StringComparer.Ordinal), copied.Keys.Order(StringComparer.Ordinal));
        Assert.All(builtIn, page => Assert.True(page.Value.SequenceEqual(copied[page.Key]), $"{page.Key} differs"));
        // Every view had a page to render in the sample site.
        Assert.All(SampleSite.PageKinds, path => Assert.True(builtIn.ContainsKey(path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "index.html"), path));
    }

    [Fact]
    public void Theme_list_names_each_template_with_its_model()
    {
        var run = TestSite.Run(["theme", "list"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Views/PlanView           takes PlanPageModel", run.Output, StringComparison.Ordinal);
        Assert.Contains("Shared/IndicatorTable    takes IReadOnlyList<Indicator>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Layout/Document          takes PageModel", run.Output, StringComparison.Ordinal);
        Assert.Equal(ThemeTemplates.Names.Count, run.Output.Trim().Split('\n').Length);
    }

    [Fact]
    public void Theme_copy_takes_a_short_name_and_never_overwrites()
    {
        using var site = TestSite.Create(SampleFiles.QuangNgaiThemeSite + """
            -- content/themes/quang-ngai/assets/site.css --
            body { color: #111; }
            """);

        var first = TestSite.Run(["theme", "copy", "planfacts", "--site", site.Content]);
        var again = TestSite.Run(["theme", "copy", "Shared/PlanFacts.cshtml", "--site", site.Content]);
        var unknown = TestSite.Run(["theme", "copy", "KeHoach", "--site", site.Content]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("themes/quang-ngai/Shared/PlanFacts.cshtml", first.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("themes/quang-ngai/Shared/PlanFacts.cshtml: error: the file already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("error: there is no built-in template \"KeHoach\" to copy", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PlanVeiw", "error: there is no built-in template \"PlanVeiw\" to copy\n  fix: did you mean \"PlanView\"? (\"raquan theme list\" names every template)")]
    [InlineData("Shared/PlanFact.cshtml", "error: there is no built-in template \"Shared/PlanFact.cshtml\" to copy\n  fix: did you mean \"Shared/PlanFacts\"?")]
    [InlineData("KeHoach", "error: there is no built-in template \"KeHoach\" to copy\n  fix: \"raquan theme list\" names every template (such as PlanView, PlanFacts, Document); give one of those names")]
    public void Theme_copy_of_an_unknown_name_suggests_the_nearest_and_the_list_command(string name, string expected)
    {
        using var site = TestSite.Create();

        var run = TestSite.Run(["theme", "copy", name, "--site", site.Content]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("replace", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_copy_of_an_unknown_name_says_so_in_vietnamese()
    {
        using var site = TestSite.Create();

        var run = TestSite.Run(["theme", "copy", "PlanVeiw", "--site", site.Content, "--lang", "vi"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lỗi: không có mẫu có sẵn nào tên \"PlanVeiw\" để chép\n  cách sửa: có phải là \"PlanView\"? (lệnh \"raquan theme list\" liệt kê tên mọi mẫu)",
            run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_copy_without_a_theme_folder_says_how_to_name_one()
    {
        using var site = TestSite.Create();

        var run = TestSite.Run(["theme", "copy", "PlanView", "--site", site.Content]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml: error: site.yml names no theme folder of the site's own (theme.name)", run.Error, StringComparison.Ordinal);
        Assert.Contains("add \"name: NAME\" under theme:", run.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, byte[]> Pages(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllBytes);
}
