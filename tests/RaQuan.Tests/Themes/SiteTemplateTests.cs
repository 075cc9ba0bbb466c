using RaQuan.Model;
using RaQuan.Tests.Support;
using RaQuan.Themes.Default.Overrides;

namespace RaQuan.Tests.Themes;

/// <summary>
/// A site's own templates (<c>themes/NAME/Views|Shared|Layout/*.cshtml</c>) replace the built-in ones of the same
/// name, compiled by RazorLight; a template that is wrong is an error at its file, line and column.
/// </summary>
public sealed class SiteTemplateTests
{
    private const string PlanPage = "ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html";

    private const string Files = SampleFiles.QuangNgaiThemeSite + """
        -- content/themes/quang-ngai/Views/PlanView.cshtml --
        @inherits ThemeTemplate<PlanPageModel>
        <article class="ke-hoach-tinh">
          <h1>@Model.Plan.Title</h1>
          @await Partial("PlanFacts", new PlanFactsModel(Model.Plan, Model.Urls))
          <div class="than">@BodySlot.Page</div>
          @await Partial("LoiCamOn", Model.Site.Config.Publisher.Name)
        </article>
        -- content/themes/quang-ngai/Shared/LoiCamOn.cshtml --
        @inherits ThemeTemplate<string>
        <p class="loi-cam-on">Trân trọng, @Model</p>
        -- content/themes/quang-ngai/Layout/Document.cshtml --
        @inherits ThemeTemplate<PageModel>
        <!DOCTYPE html>
        <html lang="@Model.Language">
        <head><meta charset="utf-8"><title>@Model.DocumentTitle</title>@await RenderSectionAsync("Head", required: false)</head>
        <body class="giao-dien-tinh"><main>@RenderBody()</main></body>
        </html>
        """;

    [Fact]
    public void A_sites_view_layout_and_partial_replace_the_built_in_ones()
    {
        using var site = TestSite.Create(Files);

        site.BuildOk();

        var plan = site.Html(PlanPage);
        Assert.NotNull(plan.QuerySelector("body.giao-dien-tinh main article.ke-hoach-tinh"));
        Assert.Equal("Trân trọng, Ủy ban nhân dân tỉnh Quảng Ngãi", plan.QuerySelector("p.loi-cam-on")!.TextContent);
        // The built-in partial the view calls, and the plan's body where the view put its slot.
        Assert.NotNull(plan.QuerySelector("article.ke-hoach-tinh dl.plan-meta"));
        Assert.NotEmpty(plan.QuerySelector("div.than")!.Children);
        // Vietnamese written as letters, as the built-in theme writes it, not as numeric entities.
        site.AssertFileContains(PlanPage, "Trân trọng, Ủy ban nhân dân tỉnh Quảng Ngãi", "!&#");
        // Pages the site does not override keep the built-in view, inside the site's layout.
        var home = site.Html("index.html");
        Assert.NotNull(home.QuerySelector("body.giao-dien-tinh main"));
        Assert.Null(home.QuerySelector("article.ke-hoach-tinh"));
    }

    [Fact]
    public void A_razor_syntax_error_is_reported_at_its_line_and_column()
    {
        using var site = TestSite.Create(Files + """

            -- content/themes/quang-ngai/Views/UnitView.cshtml --
            @inherits ThemeTemplate<UnitPageModel>
            <h1>@Model.Title</h1>
            @if (Model.Plans.Count > 0) {
              <p>Có kế hoạch</p>
            """);

        site.BuildFails("themes/quang-ngai/Views/UnitView.cshtml:3:2", "template error: The if block is missing a closing \"}\" character.",
            fix: "fix the template at this line and column");
    }

    [Fact]
    public void A_csharp_error_is_reported_at_its_line_and_column_with_the_compilers_message()
    {
        using var site = TestSite.Create(Files.Replace("<h1>@Model.Plan.Title</h1>", "<h1>@Model.Plan.Tittle</h1>", StringComparison.Ordinal));

        site.BuildFails("themes/quang-ngai/Views/PlanView.cshtml:3:19", "template error: 'Plan' does not contain a definition for 'Tittle'");
    }

    [Fact]
    public void An_exception_while_rendering_is_reported_at_the_templates_line()
    {
        using var site = TestSite.Create(Files.Replace(
            "<p class=\"loi-cam-on\">Trân trọng, @Model</p>", "<p class=\"loi-cam-on\">Trân trọng, @Model</p>\n<p>@Model.Substring(500)</p>", StringComparison.Ordinal));

        var run = site.BuildFails("themes/quang-ngai/Shared/LoiCamOn.cshtml:3:1", "the template failed while rendering https://example.gov.vn/ra-quan-2024/ke-hoach/");
        Assert.Contains("startIndex", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_that_takes_another_model_is_an_error()
    {
        using var site = TestSite.Create(Files.Replace("@inherits ThemeTemplate<PlanPageModel>", "@inherits ThemeTemplate<UnitPageModel>", StringComparison.Ordinal)
            .Replace("Model.Plan.Title", "Model.Title", StringComparison.Ordinal).Replace("new PlanFactsModel(Model.Plan, Model.Urls)", "Model.Unit", StringComparison.Ordinal));

        site.BuildFails("themes/quang-ngai/Views/PlanView.cshtml:1:1", "the template takes a UnitPageModel, but this page passes a PlanPageModel",
            fix: "@inherits ThemeTemplate<PlanPageModel>");
    }

    [Fact]
    public void A_view_may_choose_another_layout_of_the_sites_theme()
    {
        using var site = TestSite.Create(Files.Replace("@inherits ThemeTemplate<PlanPageModel>\n", "@inherits ThemeTemplate<PlanPageModel>\n@{ Layout = \"Rong\"; }\n", StringComparison.Ordinal) + """

            -- content/themes/quang-ngai/Layout/Rong.cshtml --
            @inherits ThemeTemplate<PageModel>
            <!DOCTYPE html>
            <html lang="@Model.Language">
            <head><meta charset="utf-8"><title>@Model.DocumentTitle</title></head>
            <body class="khung-rong"><main class="rong">@RenderBody()</main></body>
            </html>
            """);

        site.BuildOk();

        Assert.NotNull(site.Html(PlanPage).QuerySelector("body.khung-rong main.rong article.ke-hoach-tinh"));
        var home = site.Html("index.html");
        Assert.NotNull(home.QuerySelector("body.giao-dien-tinh"));
        Assert.Null(home.QuerySelector(".khung-rong"));
    }

    [Fact]
    public void A_view_choosing_a_layout_the_theme_does_not_have_is_an_error_at_the_line_that_chooses_it()
    {
        using var site = TestSite.Create(Files.Replace("<h1>@Model.Plan.Title</h1>\n", "<h1>@Model.Plan.Title</h1>\n  @{ Layout = \"Hep\"; }\n", StringComparison.Ordinal));

        site.BuildFails("themes/quang-ngai/Views/PlanView.cshtml:4:6", "the template chooses the layout \"Hep\" (Layout = \"Hep\"), but the theme folder has no Layout/Hep.cshtml",
            fix: "or choose a layout the theme has: Document");
    }

    [Fact]
    public void A_view_with_no_built_in_name_is_an_error()
    {
        using var site = TestSite.Create(Files + """

            -- content/themes/quang-ngai/Views/KeHoach.cshtml --
            @inherits ThemeTemplate<PlanPageModel>
            <h1>@Model.Title</h1>
            """);

        site.BuildFails("themes/quang-ngai/Views/KeHoach.cshtml", "\"Views/KeHoach\" is not the name of a built-in template", fix: "raquan theme list");
    }

    [Fact]
    public void A_program_that_cannot_compile_says_in_one_line_that_it_needs_the_dotnet_tool()
    {
        using var site = TestSite.Create(Files);
        SiteTemplateCompiler.CanCompile = false;
        try
        {
            var run = site.BuildFails("themes/quang-ngai/Layout/Document.cshtml",
                "themes/quang-ngai holds template overrides (.cshtml): the native program cannot compile them; use the .NET tool");
            Assert.Single(run.Error.Split('\n'), line => line.Contains("error:", StringComparison.Ordinal));
        }
        finally
        {
            SiteTemplateCompiler.CanCompile = true;
        }
    }

    [Fact]
    public async Task A_template_is_compiled_once_and_then_read_from_the_disk_cache_until_its_text_changes()
    {
        using var site = TestSite.Create(Files);
        var folder = new SiteThemeFolder(Path.Combine(site.Content, "themes", "quang-ngai"), "themes/quang-ngai");
        var cache = Path.Combine(site.Root, "template-cache");

        // Other tests of this process may have loaded the same texts: this one starts as a new process would.
        SiteTemplateCompiler.ForgetLoaded();
        await SiteTemplateCompiler.CompileAsync(folder, cache, CancellationToken.None);
        Assert.Equal(3, SiteTemplateCompiler.CompiledInto(cache));
        Assert.Equal(6, Directory.GetFiles(cache).Length);

        // Another process: nothing loaded yet, the disk holds them.
        SiteTemplateCompiler.ForgetLoaded();
        var templates = await SiteTemplateCompiler.CompileAsync(folder, cache, CancellationToken.None);
        Assert.Equal(3, SiteTemplateCompiler.CompiledInto(cache));
        Assert.Equal(["Layout/Document", "Shared/LoiCamOn", "Views/PlanView"], templates.Keys.Order(StringComparer.Ordinal));

        File.AppendAllText(Path.Combine(folder.Path, "Shared", "LoiCamOn.cshtml"), "<p>Kính gửi</p>\n");
        SiteTemplateCompiler.ForgetLoaded();
        await SiteTemplateCompiler.CompileAsync(folder, cache, CancellationToken.None);
        Assert.Equal(4, SiteTemplateCompiler.CompiledInto(cache));
    }
}
