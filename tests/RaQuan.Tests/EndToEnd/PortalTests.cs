namespace RaQuan.Tests.EndToEnd;

/// <summary>What a government e-portal owes its readers: particulars, download, print, paste, sharing, English.</summary>
public sealed class PortalTests
{
    private const string Plan = "ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/";

    /// <summary>A plan with a signer and a signed original attached, beside the base site's plans.</summary>
    internal const string SignedOriginal = """
        -- content/plans/ban-ky-so.md --
        ---
        title: "Công văn về việc chuẩn bị Lễ ra quân"
        type: "Công văn"
        number: "20/UBND-NNTN"
        date: 2024-01-30
        effective_date: 2024-02-01
        unit: kon-ray
        signer: { name: "Trần Văn A", authority: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] }
        attachments:
          - { title: "Bản ký số", path: files/20-ubnd.pdf }
        ---
        Đề nghị các xã chuẩn bị chu đáo.
        -- content/files/20-ubnd.pdf --
        %PDF-1.4 (không phải tệp thật)
        """;

    [Fact]
    public void Plan_page_shows_form_number_dates_issuer_summary_and_is_its_own_printable_version()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var page = site.Html(Plan + "index.html");

        var facts = page.QuerySelectorAll(".plan-meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("Kế hoạch", facts["Hình thức văn bản"]);
        Assert.Equal("15/KH-UBND", facts["Số hiệu"]);
        Assert.Equal("25/01/2024", facts["Ngày ban hành"]);
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", facts["Cơ quan ban hành"]);
        Assert.Equal("Ra quân đồng loạt lúc 08h30 ngày 20/02/2024.", page.QuerySelector(".summary")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".plan-actions a"));
        Assert.Contains("Ctrl+P", page.QuerySelector(".plan-actions .print-hint")!.TextContent);

        // One file per plan: the page prints itself and quotes its paste-ready HTML.
        Assert.Equal(["index.html"], Directory.EnumerateFiles(site.OutPath(Plan)).Select(Path.GetFileName));
    }

    [Fact]
    public void Tai_ve_downloads_the_signed_original_when_the_plan_has_one()
    {
        using var site = TestSite.Create(SignedOriginal);
        site.BuildOk();
        var page = site.Html("ke-hoach/cong-van-ve-viec-chuan-bi-le-ra-quan/index.html");

        var facts = page.QuerySelectorAll(".plan-meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("Công văn", facts["Hình thức văn bản"]);
        Assert.Equal("01/02/2024", facts["Ngày hiệu lực"]);
        var download = page.QuerySelectorAll(".plan-actions a").Single(a => a.TextContent == "Tải về");
        Assert.Equal("/ra-quan-2024/files/20-ubnd.pdf", download.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".plan-actions .print-hint"));
        var attachment = Assert.Single(page.QuerySelectorAll(".attachments a"));
        Assert.Equal("https://example.gov.vn/ra-quan-2024/files/20-ubnd.pdf", attachment.GetAttribute("data-url"));
    }

    [Fact]
    public void Plan_page_carries_for_print_the_paper_header_signature_and_its_address()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var page = site.Html(Plan + "index.html");

        var header = page.QuerySelector(".print-only .paper-header")!;
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM Số: 15/KH-UBND", Lines(header.QuerySelector(".paper-issuer")!));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Kon Tum, ngày 25 tháng 01 năm 2024",
            Lines(header.QuerySelector(".paper-motto")!));
        Assert.Equal("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp", Lines(page.QuerySelector("article.plan .closing .signature")!));
        Assert.Equal("Bản in từ https://example.gov.vn/ra-quan-2024/" + Plan, Squash(page.QuerySelector("article.plan .print-only.paper-source")!.TextContent));
        Assert.Contains("@media print", site.Read("assets/site.css"));
    }

    [Fact]
    public void Staff_section_quotes_title_metadata_and_body_with_absolute_links_and_nothing_of_the_site_chrome()
    {
        using var site = TestSite.Create("""
            -- content/plans/tinh.md --
            ---
            title: "Kế hoạch Lễ ra quân đầu năm 2024"
            number: "15/KH-UBND"
            date: 2024-01-25
            unit: kon-tum
            signer: "Nguyễn Hữu Tháp"
            ---
            Xem [địa bàn Kon Rẫy](/ra-quan-2024/dia-ban/kon-ray/) và chú thích[^1] & <b>in đậm</b>.

            | TT | Nội dung |
            |---|---|
            | 1 | Trồng cây |

            [^1]: Theo Công văn số 5785-CV/TU.
            """);
        site.BuildOk();
        var page = site.Html(Plan + "index.html");
        var box = (AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("textarea#ma-dang-lai")!;
        Assert.NotNull(box.Closest("details.plan-reuse:not([open])"));
        Assert.Null(box.Closest("article, .plan-actions"));
        Assert.True(box.IsReadOnly);
        Assert.Equal("Mã HTML để đăng lại", page.QuerySelector("label[for=ma-dang-lai]")!.TextContent);
        var html = box.Value;
        var fragment = Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.Children);

        Assert.Equal("article", fragment.LocalName);
        Assert.Equal("Kế hoạch Lễ ra quân đầu năm 2024", fragment.QuerySelector("h1")!.TextContent);
        Assert.Contains("15/KH-UBND", fragment.QuerySelector("dl")!.TextContent);
        Assert.Equal("Trồng cây", fragment.QuerySelector("table td:last-child")!.TextContent);
        Assert.Equal("in đậm", fragment.QuerySelector("b")!.TextContent);
        Assert.Contains("Nguyễn Hữu Tháp", fragment.TextContent);
        Assert.Empty(fragment.QuerySelectorAll("nav, footer, main, script, style, link, textarea, [class], [style], [tabindex]"));
        Assert.DoesNotContain("Bỏ qua, đến nội dung chính", html);
        Assert.All(fragment.QuerySelectorAll("a[href]"), a => Assert.StartsWith("https://example.gov.vn/ra-quan-2024/", a.GetAttribute("href")));
        Assert.Contains(fragment.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.gov.vn/ra-quan-2024/dia-ban/kon-ray/");
        Assert.Equal(1, page.QuerySelectorAll("article").Length);
        Assert.False(site.Exists(Plan + "fragment.html"));

        using var api = JsonDocument.Parse(site.Read("api/ke-hoach.json"));
        var entry = api.RootElement.GetProperty("plans").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "ke-hoach-le-ra-quan-dau-nam-2024");
        Assert.Equal("https://example.gov.vn/ra-quan-2024/" + Plan + "#ma-dang-lai", entry.GetProperty("fragment_url").GetString());
        Assert.Equal("https://example.gov.vn/ra-quan-2024/" + Plan, entry.GetProperty("print_url").GetString());
    }

    [Fact]
    public void Plan_pages_carry_open_graph_twitter_card_and_an_Article_in_JSON_LD()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var page = site.Html(Plan + "index.html");
        string Meta(string key) => page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")!.GetAttribute("content")!;

        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("Kế hoạch Lễ ra quân đầu năm 2024", Meta("og:title"));
        Assert.Equal("Ra quân đồng loạt lúc 08h30 ngày 20/02/2024.", Meta("og:description"));
        Assert.Equal("https://example.gov.vn/ra-quan-2024/" + Plan, Meta("og:url"));
        Assert.Equal("Ra quân 2024", Meta("og:site_name"));
        Assert.Equal("vi_VN", Meta("og:locale"));
        Assert.Equal("2024-01-25T00:00:00+07:00", Meta("article:published_time"));
        Assert.Equal("summary", Meta("twitter:card"));
        Assert.Equal("Kế hoạch Lễ ra quân đầu năm 2024", Meta("twitter:title"));

        var article = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("Kế hoạch Lễ ra quân đầu năm 2024", article.GetProperty("headline").GetString());
        Assert.Equal("2024-01-25T00:00:00+07:00", article.GetProperty("datePublished").GetString());
        Assert.Equal("vi", article.GetProperty("inLanguage").GetString());
        Assert.Equal("Ủy ban nhân dân tỉnh Kon Tum", article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("GovernmentOrganization", article.GetProperty("publisher").GetProperty("@type").GetString());

        var home = site.Html("index.html");
        Assert.Equal("website", home.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        var publisher = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("GovernmentOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal("vanthu@kontum.gov.vn", publisher.GetProperty("email").GetString());
    }

    [Fact]
    public void A_title_holding_a_closing_script_tag_cannot_break_out_of_the_JSON_LD()
    {
        const string title = "Kế hoạch </script><script>alert(1)</script> <!-- & 'x'";
        using var site = TestSite.Create($"""
            -- content/plans/tinh.md --
            ---
            title: "{title.Replace("\"", "\\\"")}"
            slug: ke-hoach-le-ra-quan-dau-nam-2024
            date: 2024-01-25
            unit: kon-tum
            ---
            Nội dung.
            """);
        site.BuildOk();
        var page = site.Html(Plan + "index.html");

        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<", script.TextContent);
        Assert.Equal(title, JsonDocument.Parse(script.TextContent).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void English_page_names_the_publisher_its_role_and_contacts_and_the_footer_links_to_it()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: "Ra quân 2024"
            base_url: "https://example.gov.vn/ra-quan-2024/"
            publisher:
              name: "Ủy ban nhân dân tỉnh Kon Tum"
              name_en: "People's Committee of Kon Tum Province"
              address: "364 Trần Hưng Đạo, thành phố Kon Tum"
              phone: "0260 3862 410"
              email: "vanthu@kontum.gov.vn"
            """);
        site.BuildOk();
        var english = site.Html("en/index.html");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("People's Committee of Kon Tum Province", english.QuerySelector("main")!.TextContent);
        Assert.Contains("Role", english.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Equal("mailto:vanthu@kontum.gov.vn", english.QuerySelector("main a[href^=mailto]")!.GetAttribute("href"));
        Assert.Equal("tel:02603862410", english.QuerySelector("main a[href^=tel]")!.GetAttribute("href"));
        Assert.Equal("vi", english.QuerySelector("footer")!.GetAttribute("lang"));
        Assert.Equal("en_US", english.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));

        var home = site.Html("index.html");
        var link = home.QuerySelector("footer a[hreflang=en]")!;
        Assert.Equal("/ra-quan-2024/en/", link.GetAttribute("href"));
        Assert.Equal("https://example.gov.vn/ra-quan-2024/en/", home.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"));
        site.AssertFileContains("sitemap.xml", "https://example.gov.vn/ra-quan-2024/en/", "!ban-in.html", "!fragment.html");
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The element's paragraphs, one after another, as the paper prints them on separate lines.</summary>
    private static string Lines(AngleSharp.Dom.IElement element) => string.Join(' ', element.QuerySelectorAll("p").Select(p => Squash(p.TextContent)));
}
