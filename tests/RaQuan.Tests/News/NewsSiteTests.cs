using System.Xml.Linq;

namespace RaQuan.Tests.News;

/// <summary>A news post with photos, end to end: its page, the lists, feeds, sharing, open data.</summary>
public sealed class NewsSiteTests
{
    internal const string Files = """
        -- content/ceremonies/dak-la.yml --
        - unit: dak-la
          start: 20/02/2024 08:30
          slug: dak-la-2024-02-20
          status: held
        -- content/news/ra-quan-dak-la/index.md --
        ---
        title: "Xã Đắk La ra quân làm đường"
        date: 2024-02-20T10:30:00+07:00
        unit: dak-la
        summary: "Hơn 200 đoàn viên ra quân làm đường thôn 4."
        plan: phat-dong-thi-dua-xa-dak-la-nam-2024
        ceremony: dak-la-2024-02-20
        photos:
          - { src: anh-1.jpg, credit: "Nguyễn Văn B" }
        ---
        Sáng 20/02, xã Đắk La ra quân làm đường giao thông nông thôn.

        ![Đoàn viên dọn cỏ hai bên đường](anh-1.jpg "Dọn cỏ đường thôn 4")

        Buổi lễ có hơn 200 người tham gia.

        ![Đổ bê tông mặt đường](anh-2.jpg)
        ![Trồng cây hai bên đường](anh-3.png)
        -- content/news/hop-dan-thon.md --
        ---
        title: "Họp dân thôn 2 bàn kế hoạch làm đường"
        date: "05/02/2024 19:00"
        unit: thi-tran-dak-ha
        ---
        Tối 05/02, thôn 2 họp dân.
        """;

    internal static TestSite Create()
    {
        var site = TestSite.Create(Files);
        var bundle = Path.Combine(site.Content, "news/ra-quan-dak-la");
        File.WriteAllBytes(Path.Combine(bundle, "anh-1.jpg"), TestPhotos.Jpeg(2000, 1500));
        File.WriteAllBytes(Path.Combine(bundle, "anh-2.jpg"), TestPhotos.Jpeg(1200, 900));
        File.WriteAllBytes(Path.Combine(bundle, "anh-3.png"), TestPhotos.Png(700, 525));
        return site;
    }

    [Fact]
    public void Post_page_has_pictures_with_widths_formats_sizes_and_lazy_loading_after_the_first()
    {
        using var site = Create();
        site.BuildOk();
        var page = site.Html("tin-tuc/ra-quan-dak-la/index.html");

        Assert.Equal("Xã Đắk La ra quân làm đường", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2024-02-20T10:30+07:00", page.QuerySelector(".news-meta time")!.GetAttribute("datetime"));
        Assert.Contains("10:30 ngày 20/02/2024", page.QuerySelector(".news-meta")!.TextContent);
        var crumbs = page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Trang chủ", "Tỉnh Kon Tum", "Huyện Đắk Hà", "Xã Đắk La", "Tin tức"], crumbs);

        var images = page.QuerySelectorAll("article img").ToList();
        Assert.Equal(3, images.Count);
        var lead = images[0];
        Assert.Equal("Đoàn viên dọn cỏ hai bên đường", lead.GetAttribute("alt"));
        Assert.Equal(("1600", "1200"), (lead.GetAttribute("width"), lead.GetAttribute("height")));
        Assert.Null(lead.GetAttribute("loading"));
        Assert.All(images, i => Assert.Equal("async", i.GetAttribute("decoding")));
        Assert.All(images.Skip(1), i => Assert.Equal("lazy", i.GetAttribute("loading")));
        var webp = lead.ParentElement!.QuerySelector("source[type='image/webp']")!;
        Assert.Equal("/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-320.webp 320w, /ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-480.webp 480w, "
            + "/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-960.webp 960w, "
            + "/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-1600.webp 1600w", webp.GetAttribute("srcset"));
        Assert.NotNull(webp.GetAttribute("sizes"));
        Assert.Contains("anh-1-960.jpg 960w", lead.GetAttribute("srcset"));
        Assert.Contains("Dọn cỏ đường thôn 4", page.QuerySelector(".news-lead figcaption")!.TextContent);
        Assert.Contains("Ảnh: Nguyễn Văn B", page.QuerySelector(".news-credits")!.TextContent);

        // Two photos with no text between them: a gallery whose items link to the largest JPEG. The PNG is 700 px
        // wide, so it is never enlarged: 320, 480 and 700.
        var links = page.QuerySelectorAll(".news-gallery li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-2-1200.jpg", "/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-3-700.jpg"], links);
        Assert.True(site.Exists("tin-tuc/ra-quan-dak-la/anh-3-480.webp"));
        Assert.False(site.Exists("tin-tuc/ra-quan-dak-la/anh-3-960.jpg"));
        Assert.Equal(("700", "525"), (images[2].GetAttribute("width"), images[2].GetAttribute("height")));

        Assert.Contains("/ra-quan-2024/ke-hoach/phat-dong-thi-dua-xa-dak-la-nam-2024/",
            page.QuerySelectorAll(".news-related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Sharing_gives_a_1200_by_630_image_at_an_absolute_address_and_a_news_article()
    {
        using var site = Create();
        site.BuildOk();
        var page = site.Html("tin-tuc/ra-quan-dak-la/index.html");
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal("https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-chia-se.jpg", image);
        using (var share = NetVips.Image.NewFromFile(site.OutPath("tin-tuc/ra-quan-dak-la/anh-1-chia-se.jpg")))
        {
            Assert.Equal((1200, 630), (share.Width, share.Height));
        }

        var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("2024-02-20T10:30:00+07:00", json.GetProperty("datePublished").GetString());
        Assert.Equal(image, json.GetProperty("image")[0].GetString());
    }

    [Fact]
    public void Lists_show_news_newest_first_with_month_archives_on_home_unit_plan_and_ceremony_pages()
    {
        using var site = Create();
        site.BuildOk();
        var list = site.Html("tin-tuc/index.html");
        Assert.Equal(["Xã Đắk La ra quân làm đường", "Họp dân thôn 2 bàn kế hoạch làm đường"],
            list.QuerySelectorAll(".news-card-title").Select(h => h.TextContent.Trim()));
        Assert.Equal(["/ra-quan-2024/tin-tuc/thang/2024-02/"], list.QuerySelectorAll(".news-months a").Select(a => a.GetAttribute("href")));
        Assert.Equal(2, site.Html("tin-tuc/thang/2024-02/index.html").QuerySelectorAll(".news-card").Length);

        Assert.Equal(2, site.Html("index.html").QuerySelectorAll(".news-card").Length);

        // A district shows its communes' news; a sister district none.
        Assert.Equal(2, site.Html("dia-ban/dak-ha/index.html").QuerySelectorAll(".news-card").Length);
        Assert.Single(site.Html("dia-ban/dak-la/index.html").QuerySelectorAll(".news-card"));
        Assert.Empty(site.Html("dia-ban/kon-ray/index.html").QuerySelectorAll(".news-card"));

        Assert.Single(site.Html("ke-hoach/phat-dong-thi-dua-xa-dak-la-nam-2024/index.html").QuerySelectorAll(".plan-news .news-card"));
        Assert.Equal("/ra-quan-2024/tin-tuc/ra-quan-dak-la/",
            site.Html("lich/dak-la-2024-02-20/index.html").QuerySelector(".ceremony-news a")!.GetAttribute("href"));
    }

    [Fact]
    public void Feeds_carry_news_with_full_text_absolute_srcset_and_the_lead_photo_as_enclosure()
    {
        using var site = Create();
        site.BuildOk();
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        foreach (var feed in new[] { "rss.xml", "dia-ban/dak-ha/rss.xml", "dia-ban/dak-la/rss.xml" })
        {
            var item = XDocument.Parse(site.Read(feed)).Descendants("item")
                .Single(i => i.Element("link")!.Value == "https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/");
            var enclosure = item.Element("enclosure")!;
            Assert.Equal("https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-1600.jpg", enclosure.Attribute("url")!.Value);
            Assert.Equal(new FileInfo(site.OutPath("tin-tuc/ra-quan-dak-la/anh-1-1600.jpg")).Length.ToString(), enclosure.Attribute("length")!.Value);
            Assert.Equal("image/jpeg", enclosure.Attribute("type")!.Value);
            var html = item.Element(content + "encoded")!.Value;
            Assert.Contains("srcset=\"https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-320.webp 320w, https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-480.webp 480w", html);
            Assert.Contains("Buổi lễ có hơn 200 người tham gia.", html);
            Assert.DoesNotContain("src=\"/", html);
        }

        Assert.DoesNotContain("ra-quan-dak-la", site.Read("dia-ban/kon-ray/rss.xml"));
    }

    [Fact]
    public void Atom_feeds_carry_news_with_full_text_absolute_srcset_and_the_lead_photo_as_an_enclosure_link()
    {
        using var site = Create();
        site.BuildOk();
        foreach (var path in new[] { "atom.xml", "dia-ban/dak-ha/atom.xml", "dia-ban/dak-la/atom.xml" })
        {
            using var reader = System.Xml.XmlReader.Create(site.OutPath(path));
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            var entry = feed.Items.Single(i => i.Links.Any(l => l.RelationshipType == "alternate"
                && l.Uri.AbsoluteUri == "https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/"));
            Assert.Equal("Xã Đắk La ra quân làm đường", entry.Title.Text);
            Assert.Equal(DateTimeOffset.Parse("2024-02-20T10:30:00+07:00", System.Globalization.CultureInfo.InvariantCulture), entry.PublishDate);

            // RFC 4287 §4.2.7.2: rel="enclosure" names a related resource that may be large, with its length in bytes.
            var enclosure = Assert.Single(entry.Links, l => l.RelationshipType == "enclosure");
            Assert.Equal("https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-1600.jpg", enclosure.Uri.AbsoluteUri);
            Assert.Equal(new FileInfo(site.OutPath("tin-tuc/ra-quan-dak-la/anh-1-1600.jpg")).Length, enclosure.Length);
            Assert.Equal("image/jpeg", enclosure.MediaType);

            var html = Assert.IsType<System.ServiceModel.Syndication.TextSyndicationContent>(entry.Content).Text;
            Assert.Contains("srcset=\"https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-320.webp 320w, https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-480.webp 480w", html);
            Assert.Contains("https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-2-1200.jpg", html);
            Assert.Contains("Buổi lễ có hơn 200 người tham gia.", html);
            Assert.DoesNotContain("src=\"/", html);
            Assert.DoesNotContain("srcset=\"/", html);
        }

        Assert.DoesNotContain("ra-quan-dak-la", site.Read("dia-ban/kon-ray/atom.xml"));
    }

    [Fact]
    public void Open_data_lists_news_newest_first()
    {
        using var site = Create();
        site.BuildOk();
        var json = System.Text.Json.JsonDocument.Parse(site.Read("api/tin-tuc.json")).RootElement;
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        var first = json.GetProperty("news")[0];
        Assert.Equal("ra-quan-dak-la", first.GetProperty("slug").GetString());
        Assert.Equal("2024-02-20T10:30:00+07:00", first.GetProperty("date").GetString());
        Assert.Equal("dak-la", first.GetProperty("unit").GetProperty("slug").GetString());
        Assert.Equal(1600, first.GetProperty("image").GetProperty("width").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("news")[1].GetProperty("image").ValueKind);
    }

    [Fact]
    public void Sitemap_lists_posts_with_their_photos_and_search_finds_them()
    {
        using var site = Create();
        site.BuildOk();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace image = "http://www.google.com/schemas/sitemap-image/1.1";
        var url = XDocument.Parse(site.Read("sitemap.xml")).Descendants(sm + "url")
            .Single(u => u.Element(sm + "loc")!.Value == "https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/");
        Assert.Equal(
            ["https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-1-1600.jpg", "https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-2-1200.jpg",
             "https://example.gov.vn/ra-quan-2024/tin-tuc/ra-quan-dak-la/anh-3-700.jpg"],
            url.Elements(image + "image").Select(i => i.Element(image + "loc")!.Value));
        var search = string.Concat(Directory.GetFiles(site.OutPath("tim-kiem/du-lieu"), "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("tin-tuc/ra-quan-dak-la/", search);
    }
}
