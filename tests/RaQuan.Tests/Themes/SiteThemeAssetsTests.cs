using RaQuan.Tests.Support;

namespace RaQuan.Tests.Themes;

/// <summary>A site's own theme folder (<c>theme: { name: NAME }</c>): its assets replace or add to the built-in ones.</summary>
public sealed class SiteThemeAssetsTests
{
    private const string Files = SampleFiles.QuangNgaiThemeSite + """
        -- content/themes/quang-ngai/assets/site.css --
        body { font-family: "Noto Serif", serif; }
        -- content/themes/quang-ngai/assets/hoa-van/trong-dong.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>
        """;

    [Fact]
    public void The_site_themes_assets_replace_and_add_to_the_built_in_ones()
    {
        using var site = TestSite.Create(Files);

        site.BuildOk();

        Assert.Equal("body { font-family: \"Noto Serif\", serif; }\n", site.Read("assets/site.css"));
        Assert.StartsWith("<svg", site.Read("assets/hoa-van/trong-dong.svg"), StringComparison.Ordinal);
        // What the site does not replace stays the built-in one.
        Assert.True(site.Exists("assets/search.js"));
        Assert.False(site.Exists("themes/quang-ngai/assets/site.css"));
    }

    [Fact]
    public void A_theme_name_without_its_folder_is_an_error_at_its_line()
    {
        using var site = TestSite.Create(Files.Replace("name: quang-ngai", "name: quang-nam", StringComparison.Ordinal));

        site.BuildFails("site.yml:6:9", "theme.name: the site has no folder \"themes/quang-nam\"", fix: "themes/quang-nam/assets/");
    }
}
