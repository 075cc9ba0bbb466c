using RaQuan.Tests.Support;
using RaQuan.Themes;

namespace RaQuan.Tests.Themes;

/// <summary>A portal's identity from site.yml <c>theme:</c>: logo, header lines, colours, favicon and the publisher block.</summary>
public sealed class BrandingTests
{
    private const string SiteYml = """
        -- content/site.yml --
        title: "Ra quân 2024"
        base_url: "https://example.gov.vn/ra-quan-2024/"
        publisher:
          name: "Ủy ban nhân dân tỉnh Quảng Ngãi"
          email: "vanthu@quangngai.gov.vn"
        theme:
          logo: thuong-hieu/bieu-trung.svg
          favicon: thuong-hieu/favicon.png
          header: ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CỔNG THÔNG TIN ĐIỆN TỬ"]
          colors: { brand: "#1d4e89", link: "#0b57a4", accent: "#ffd24d" }
          footer:
            agency: "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"
            responsible: "Chánh Văn phòng"
            phone: "0255 3822 000"
            licence: "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
        -- content/thuong-hieu/bieu-trung.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#c00"/></svg>
        -- content/thuong-hieu/favicon.png --
        PNG
        """;

    [Fact]
    public void Every_page_carries_the_logo_header_lines_colours_favicon_and_publisher_block()
    {
        using var site = TestSite.Create(SiteYml);

        site.BuildOk();

        Assert.Equal(File.ReadAllText(Path.Combine(site.Content, "thuong-hieu/bieu-trung.svg")), site.Read("assets/logo.svg"));
        Assert.True(site.Exists("favicon.png"));
        var page = site.Html("index.html");
        var logo = page.QuerySelector(".site-header img")!;
        Assert.Equal("/ra-quan-2024/assets/logo.svg", logo.GetAttribute("src"));
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", logo.GetAttribute("alt"));
        Assert.Equal(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CỔNG THÔNG TIN ĐIỆN TỬ"], page.QuerySelectorAll(".site-header-line").Select(l => l.TextContent));
        Assert.Equal("/ra-quan-2024/favicon.png", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Contains("--brand: #1d4e89", page.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
        var footer = page.QuerySelector(".site-footer")!.TextContent;
        Assert.Contains("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", footer, StringComparison.Ordinal);
        Assert.Contains("Chịu trách nhiệm nội dung: Chánh Văn phòng", footer, StringComparison.Ordinal);
        Assert.Contains("0255 3822 000", footer, StringComparison.Ordinal);
        Assert.Contains("vanthu@quangngai.gov.vn", footer, StringComparison.Ordinal);
        Assert.Contains("Ghi rõ nguồn khi phát hành lại", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_a_theme_block_keeps_the_built_in_look()
    {
        using var site = TestSite.Create();

        site.BuildOk();

        var page = site.Html("index.html");
        Assert.Null(page.QuerySelector(".site-header img"));
        Assert.Null(page.QuerySelector("head style"));
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", page.QuerySelector(".site-publisher")!.TextContent);
    }

    [Fact]
    public void A_colour_that_leaves_text_unreadable_is_an_error_naming_the_field_and_the_nearest_passing_colour()
    {
        using var site = TestSite.Create(SiteYml);
        site.BuildOk();
        var before = site.Read("index.html");
        site.Write(SiteYml.Replace("brand: \"#1d4e89\"", "brand: \"#e8a33d\""));

        var run = site.BuildFails("site.yml:10:20", "theme.colors.brand: \"#e8a33d\" leaves the header's white text on it at a contrast of 2.1:1");
        var nearest = System.Text.RegularExpressions.Regex.Match(run.Error, @"use ""(#[0-9a-f]{6})"", the nearest colour that passes").Groups[1].Value;
        Assert.True(Rgb.Contrast(Rgb.Parse(nearest), Rgb.White) >= 4.5);
        Assert.Equal(before, site.Read("index.html"));
    }

    [Fact]
    public void A_logo_that_is_missing_or_not_an_image_is_an_error_at_its_line()
    {
        using var site = TestSite.Create(SiteYml.Replace("logo: thuong-hieu/bieu-trung.svg", "logo: thuong-hieu/khong-co.svg")
            .Replace("favicon: thuong-hieu/favicon.png", "favicon: thuong-hieu/bieu-trung.txt") + "\n-- content/thuong-hieu/bieu-trung.txt --\nx\n");

        var run = site.BuildFails("site.yml:7:9", "theme.logo: the file \"thuong-hieu/khong-co.svg\" does not exist",
            fix: "put the file in the content folder (for example brand/logo.svg) and give its path relative to that folder");
        Assert.Contains("site.yml:8:12: error: theme.favicon: \"thuong-hieu/bieu-trung.txt\" is not ICO, PNG, SVG", run.Error);
    }
}

/// <summary>Contrast as WCAG 2.1 computes it, and the nearest colour that reaches 4.5:1.</summary>
public sealed class ColorContrastTests
{
    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("#0a4a94", "#ffffff", 8.68)]
    [InlineData("#fff", "#ffffff", 1.0)]
    public void Contrast_is_the_ratio_of_relative_luminances(string a, string b, double expected) =>
        Assert.Equal(expected, Rgb.Contrast(Rgb.Parse(a), Rgb.Parse(b)), 2);

    [Theory]
    [InlineData("#e8a33d")]
    [InlineData("#ff0000")]
    [InlineData("#7fbfff")]
    public void The_nearest_passing_colour_passes_and_keeps_the_hue(string written)
    {
        var color = Rgb.Parse(written);
        var nearest = color.NearestPassing([Rgb.White], 4.5);

        Assert.True(Rgb.Contrast(nearest, Rgb.White) >= 4.5);
        // One step less dark would fail: it is the nearest, not any passing colour.
        Assert.True(Rgb.Contrast(color, Rgb.White) < 4.5);
        Assert.InRange(Rgb.Contrast(nearest, Rgb.White), 4.5, 4.8);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#gggggg")]
    public void What_is_not_a_hex_colour_is_refused(string text) => Assert.False(Rgb.TryParse(text, out _));
}
