namespace RaQuan.Tests.EndToEnd;

public sealed class SiteOutputTests
{
    [Fact]
    public void Every_page_kind_is_written()
    {
        using var site = TestSite.Create();
        var run = site.BuildOk();

        string[] expected =
        [
            "index.html", "ke-hoach/index.html", "ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html",
            "dia-ban/index.html", "dia-ban/kon-tum/index.html", "dia-ban/dak-ha/index.html", "dia-ban/dak-la/index.html",
            "dia-ban/kon-tum/rss.xml", "dia-ban/dak-la/rss.xml", "rss.xml", "sitemap.xml", "robots.txt", "404.html",
            "gioi-thieu/index.html", "assets/site.css",
        ];
        foreach (var path in expected)
        {
            Assert.True(site.Exists(path), $"{path} is missing");
        }

        Assert.Matches(@"^Built \d+ files \(4 plans, 7 units\) in \d+\.\d\d s", run.Output);
    }

    [Fact]
    public void The_build_summary_ends_with_how_to_view_the_site()
    {
        using var site = TestSite.Create();

        var run = site.BuildOk();

        var last = run.Output.TrimEnd().Split('\n')[^1];
        Assert.Equal($"To view it: raquan serve {site.Content}   (then open http://127.0.0.1:1313/ra-quan-2024/)", last);
    }

    [Fact]
    public void Internal_links_all_resolve_under_a_sub_path()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        var broken = LinkChecker.Broken(site.Output, "/ra-quan-2024/", "https://example.gov.vn");
        Assert.Empty(broken);
        var home = site.Html("index.html");
        Assert.Equal("/ra-quan-2024/assets/site.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://example.gov.vn/ra-quan-2024/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Plan_page_shows_metadata_and_breadcrumbs_through_three_levels()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        var page = site.Html("ke-hoach/phat-dong-thi-dua-xa-dak-la-nam-2024/index.html");
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(["Trang chủ", "Tỉnh Kon Tum", "Huyện Đắk Hà", "Xã Đắk La", "Phát động thi đua xã Đắk La năm 2024"], crumbs);
        Assert.Equal("Phát động thi đua xã Đắk La năm 2024", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));

        var meta = site.Html("ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html").QuerySelector("dl.plan-meta")!;
        var pairs = meta.QuerySelectorAll("dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent.Trim())).ToArray();
        Assert.Contains(("Số hiệu", "15/KH-UBND"), pairs);
        Assert.Contains(("Ngày ban hành", "25/01/2024"), pairs);
        Assert.Contains(("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Kon Tum"), pairs);
        Assert.Contains(("Địa bàn", "Tỉnh Kon Tum"), pairs);
        Assert.Contains(("Người ký", "Nguyễn Hữu Tháp (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH)"), pairs);
    }

    [Fact]
    public void Unit_page_lists_plans_of_its_communes_and_its_children()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        var district = site.Html("dia-ban/dak-ha/index.html");
        var plans = district.QuerySelectorAll(".plan-item-title a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Phát động thi đua xã Đắk La năm 2024"], plans);
        var children = district.QuerySelectorAll(".unit-tree a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Xã Đắk La", "Thị trấn Đắk Hà"], children);

        var province = site.Html("dia-ban/kon-tum/index.html");
        Assert.Equal(3, province.QuerySelectorAll(".plan-item").Length);
    }

    [Fact]
    public void Slugs_are_ascii_from_vietnamese_names()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        Assert.True(site.Exists("dia-ban/dak-r-lap/index.html"));
        Assert.True(site.Exists("ke-hoach/le-ra-quan-dau-xuan-giap-thin/index.html"));
    }

    [Fact]
    public void Vietnamese_is_written_as_characters_not_entities()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        site.AssertFileContains("ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html",
            "<html lang=\"vi\">", "Kế hoạch Lễ ra quân đầu năm 2024", "!&#x", "!&#7");
    }

    [Fact]
    public void Plans_index_is_paginated_with_the_page_number_in_the_title()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: "Ra quân 2024"
            base_url: "https://example.gov.vn/"
            publisher:
              name: "UBND tỉnh Kon Tum"
            paginate: 3
            """);
        site.BuildOk();

        var second = site.Html("ke-hoach/trang/2/index.html");
        Assert.Equal("Kế hoạch – Trang 2/2 – Ra quân 2024", second.Title);
        Assert.Single(second.QuerySelectorAll(".plan-item"));
        Assert.Equal("/ke-hoach/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(3, site.Html("ke-hoach/index.html").QuerySelectorAll(".plan-item").Length);
        Assert.False(site.Exists("ke-hoach/trang/3/index.html"));
    }

    [Fact]
    public void Long_plans_get_a_table_of_contents_and_tables_get_captions_and_scopes()
    {
        using var site = TestSite.Create("""
            -- content/plans/dai.md --
            ---
            title: "Kế hoạch dài"
            unit: kon-ray
            date: 2024-02-02
            ---
            ## I. MỤC ĐÍCH
            Nội dung.
            ## II. NỘI DUNG
            | TT | Huyện | Quy mô |
            |---|---|---|
            | 1 | Đắk Hà | L = 508m |
            ## III. TỔ CHỨC THỰC HIỆN
            Các đơn vị thực hiện.
            """);
        site.BuildOk();

        var page = site.Html("ke-hoach/ke-hoach-dai/index.html");
        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["#i-muc-dich", "#ii-noi-dung", "#iii-to-chuc-thuc-hien"], toc);
        Assert.NotNull(page.GetElementById("ii-noi-dung"));
        var table = page.QuerySelector(".plan-body table")!;
        Assert.Equal("Bảng 1: II. NỘI DUNG", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Null(site.Html("ke-hoach/phat-dong-thi-dua-huyen-kon-ray/index.html").QuerySelector("nav.toc"));
    }

    [Fact]
    public void Title_falls_back_to_the_first_heading()
    {
        using var site = TestSite.Create("""
            -- content/plans/khong-tieu-de.md --
            ---
            unit: kon-ray
            date: 2024-02-03
            ---
            # Kế hoạch trồng cây đầu xuân

            Trồng 1.000 cây xanh.
            """);
        site.BuildOk();

        var page = site.Html("ke-hoach/ke-hoach-trong-cay-dau-xuan/index.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Kế hoạch trồng cây đầu xuân", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Drafts_and_future_plans_are_left_out_unless_asked_for()
    {
        using var site = TestSite.Create("""
            -- content/plans/nhap.md --
            ---
            title: "Bản nháp"
            unit: kon-ray
            date: 2024-01-02
            draft: true
            ---
            Nháp.
            -- content/plans/sau-nay.md --
            ---
            title: "Kế hoạch sắp công bố"
            unit: kon-ray
            publish_date: 2024-03-02
            ---
            Sau.
            -- content/plans/het-han.md --
            ---
            title: "Thông báo đã hết hạn"
            unit: kon-ray
            date: 2024-01-02
            expiry_date: 2024-02-01
            ---
            Cũ.
            """);
        site.BuildOk();
        Assert.False(site.Exists("ke-hoach/ban-nhap/index.html"));
        Assert.False(site.Exists("ke-hoach/ke-hoach-sap-cong-bo/index.html"));
        Assert.False(site.Exists("ke-hoach/thong-bao-da-het-han/index.html"));
        site.AssertFileContains("sitemap.xml", "!ban-nhap");

        site.BuildOk("--drafts", "--future");
        Assert.True(site.Exists("ke-hoach/ban-nhap/index.html"));
        Assert.True(site.Exists("ke-hoach/ke-hoach-sap-cong-bo/index.html"));
    }

    [Fact]
    public void Accessible_page_skeleton_is_in_place()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        foreach (var path in new[] { "index.html", "ke-hoach/index.html", "dia-ban/dak-ha/index.html", "gioi-thieu/index.html", "404.html" })
        {
            var page = site.Html(path);
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("#noi-dung", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("header"));
            Assert.NotNull(page.QuerySelector("nav"));
            Assert.NotNull(page.QuerySelector("main#noi-dung"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Single(page.QuerySelectorAll("h1"));
            // Structured data for search engines is the only script, and it is data: nothing runs.
            Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        }
    }

    [Fact]
    public void Plan_page_without_its_text_stays_light()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        var html = site.Read("ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html");
        var css = site.Read("assets/site.css");
        var bytes = System.Text.Encoding.UTF8.GetByteCount(html) + System.Text.Encoding.UTF8.GetByteCount(css);
        Assert.True(bytes < 30 * 1024, $"plan page HTML + CSS is {bytes} bytes");
    }

    [Fact]
    public void Robots_names_the_sitemap_and_404_is_not_indexed()
    {
        using var site = TestSite.Create();
        site.BuildOk();

        site.AssertFileContains("robots.txt", "Sitemap: https://example.gov.vn/ra-quan-2024/sitemap.xml");
        Assert.Equal("noindex", site.Html("404.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("/ra-quan-2024/", site.Html("404.html").QuerySelector("a.site-title")!.GetAttribute("href"));
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_identical()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var first = Snapshot.Of(site.Output);
        site.BuildOk();
        Assert.Equal(first, Snapshot.Of(site.Output));
    }
}
