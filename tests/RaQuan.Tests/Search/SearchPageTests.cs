namespace RaQuan.Tests.Search;

public sealed class SearchPageTests
{
    [Fact]
    public void Every_page_has_a_search_form_that_goes_to_the_search_page()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        foreach (var path in new[] { "index.html", "ke-hoach/index.html", "dia-ban/kon-tum/index.html", "404.html" })
        {
            var form = site.Html(path).QuerySelector("header form.site-search[role=search]");
            Assert.NotNull(form);
            Assert.Equal("/ra-quan-2024/tim-kiem/", form.GetAttribute("action"));
            Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
        }

        // The search page has its own form instead, so its results start higher on a phone.
        Assert.Null(site.Html("tim-kiem/index.html").QuerySelector("header form.site-search"));
        Assert.NotNull(site.Html("tim-kiem/index.html").QuerySelector("main form#tim-kiem[role=search]"));
        site.AssertFileContains("tim-kiem/index.html", "data-index=\"/ra-quan-2024/tim-kiem/du-lieu/\"", "assets/search.js", "noindex");
        site.AssertFileContains("index.html", "!assets/search.js");
        site.AssertFileContains("sitemap.xml", "!tim-kiem");
    }

    [Fact]
    public void Without_javascript_the_search_page_links_to_plans_by_year_and_by_unit()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var noscript = site.Html("tim-kiem/index.html").QuerySelector("noscript")!.InnerHtml;
        Assert.Contains("/ra-quan-2024/ke-hoach/nam/2024/", noscript);
        Assert.Contains("/ra-quan-2024/dia-ban/kon-ray/", noscript);
        site.AssertFileContains("ke-hoach/nam/2024/index.html", "Kế hoạch năm 2024", "Phát động thi đua huyện Kon Rẫy");
        var years = site.Html("tim-kiem/index.html").QuerySelectorAll("#nam option").Select(o => o.TextContent);
        Assert.Equal(["Mọi năm", "2024"], years);
    }

    [Fact]
    public void A_configured_search_engine_takes_the_header_form_limited_to_the_site()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: "Ra quân 2024"
            base_url: "https://example.gov.vn/ra-quan-2024/"
            publisher: { name: "Ủy ban nhân dân tỉnh Kon Tum" }
            search:
              external: "https://duckduckgo.com/"
              site_parameter: sites
            """);
        site.BuildOk();
        var form = site.Html("ke-hoach/index.html").QuerySelector("form.site-search")!;
        Assert.Equal("https://duckduckgo.com/", form.GetAttribute("action"));
        Assert.Equal("/ra-quan-2024/tim-kiem/", form.GetAttribute("data-search-page"));
        Assert.Equal("example.gov.vn/ra-quan-2024", form.QuerySelector("input[name=sites]")!.GetAttribute("value"));
        site.AssertFileContains("ke-hoach/index.html", "assets/search.js");
    }

    [Fact]
    public void A_search_engine_address_must_be_a_web_address()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: "Ra quân 2024"
            base_url: "https://example.gov.vn/"
            publisher: { name: "UBND" }
            search: { external: "google", sitez: x }
            """);
        var run = site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml:4:", run.Error);
        Assert.Contains("search.external: \"google\" is not an http(s) address", run.Error);
        Assert.Contains("unknown field \"sitez\"", run.Error);
    }
}
