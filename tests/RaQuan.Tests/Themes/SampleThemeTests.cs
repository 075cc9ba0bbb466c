using AngleSharp.Dom;

namespace RaQuan.Tests.Themes;

/// <summary>
/// The sample site dressed as a province's portal by a theme folder (Themes/SampleTheme: site.yml with the
/// branding, a logo, the layout and the plan view copied with <c>raquan theme copy</c> and edited, a stylesheet of
/// its own): what a contractor makes, as docs/reference/themes.md walks through it.
/// </summary>
public sealed class SampleThemeTests(SampleThemeTests.Built built) : IClassFixture<SampleThemeTests.Built>
{
    internal const string PlanPage = "ke-hoach/phat-dong-dot-thi-dua-cao-diem-luc-ba-quyet-tam-chung-suc-xay-dung-xa-nong-thon/index.html";

    /// <summary>The sample content with the theme's files written over it, not built.</summary>
    internal static TestSite Copy()
    {
        var site = SampleSite.Copy();
        var source = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "RaQuan.Tests", "Themes", "SampleTheme");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return site;
    }

    [Fact]
    public void Every_page_has_the_provinces_layout_logo_header_lines_and_colours()
    {
        var site = built.Site;

        foreach (var path in new[] { "index.html", PlanPage, "dia-ban/kon-tum/index.html", "404.html" })
        {
            var page = site.Html(path);
            Assert.NotNull(page.QuerySelector("body.tinh-quang-ngai"));
            Assert.Equal("Cổng thông tin điện tử tỉnh Quảng Ngãi", Text(page, ".top-band p"));
            Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], page.QuerySelectorAll(".site-header-line").Select(p => p.TextContent));
            var logo = page.QuerySelector(".site-logo img")!;
            Assert.EndsWith("assets/logo.svg", logo.GetAttribute("src"), StringComparison.Ordinal);
            Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", logo.GetAttribute("alt"));
            Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.EndsWith("assets/quang-ngai.css", StringComparison.Ordinal));
            Assert.Contains("--brand: #0b4f8a; --link: #0a58a8; --focus: #f6c343;", page.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", Text(page, ".footer-publisher"));
        }

        Assert.Equal(Fixture("brand/quang-ngai.svg"), site.Read("assets/logo.svg"));
        Assert.Equal(Fixture("themes/quang-ngai/assets/quang-ngai.css"), site.Read("assets/quang-ngai.css"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "themes")));
    }

    [Fact]
    public void A_plan_page_has_the_themes_plan_view_and_other_pages_keep_the_built_in_views()
    {
        var site = built.Site;

        var plan = site.Html(PlanPage);
        Assert.Equal("Kế hoạch số 66/KH-UBND", Text(plan, "article.plan-quang-ngai .van-ban-so .so-hieu"));
        Assert.Equal("Ban hành ngày 22 tháng 01 năm 2024", Text(plan, ".van-ban-so .ngay-ban-hanh"));
        Assert.Equal("Ủy ban nhân dân xã Lục Ba", Text(plan, ".van-ban-so .co-quan"));
        Assert.Null(plan.QuerySelector(".doc-kind"));
        // What the view kept of the built-in one: the facts partial, the body, the paste-ready copy.
        Assert.NotNull(plan.QuerySelector("article.plan-quang-ngai dl.plan-meta"));
        Assert.NotEmpty(plan.QuerySelector("article.plan-quang-ngai .plan-body")!.Children);
        Assert.NotNull(plan.QuerySelector("textarea.paste-html"));

        var unit = site.Html("dia-ban/kon-tum/index.html");
        Assert.Null(unit.QuerySelector(".van-ban-so"));
        Assert.NotNull(unit.QuerySelector("main#noi-dung h1"));
    }

    /// <summary>The themed sample site, built once for the tests of this class.</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = Copy();
            Site.BuildOk();
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private static string Text(IDocument page, string selector) =>
        (page.QuerySelector(selector) ?? throw new InvalidOperationException($"no {selector} in the page")).TextContent.Trim();

    private static string Fixture(string path) =>
        File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "tests", "RaQuan.Tests", "Themes", "SampleTheme", path));
}
