using RaQuan.Building;

namespace RaQuan.Tests.News;

/// <summary>Bad news content and bad photos: an error naming the file and line with the fix, exit 1, the previous site kept.</summary>
public sealed class NewsErrorTests
{
    private static string Post(string body, string extraFields = "") => $"""
        -- content/news/bai/index.md --
        ---
        title: "Ra quân"
        date: 2024-02-20T10:30:00+07:00
        unit: dak-la
        {extraFields}
        ---
        Đoạn mở đầu.

        {body}
        """;

    [Theory]
    [InlineData("![](anh.jpg)")]
    [InlineData("![TODO: mô tả ngắn nội dung ảnh](anh.jpg)")]
    public void A_photo_without_alt_text_is_an_error_at_its_line_with_the_fix(string line)
    {
        using var site = TestSite.Create(Post(line));
        File.WriteAllBytes(Path.Combine(site.Content, "news/bai/anh.jpg"), TestPhotos.Jpeg(600, 400));

        var run = site.BuildFails("news/bai/index.md:9:1", "the image \"anh.jpg\" has no alt text", fix: "mô tả ngắn nội dung ảnh");

        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("![Ảnh](khong-co.jpg)", "does not exist")]
    [InlineData("![Ảnh](../khac/anh.jpg)", "is outside the post's folder and static/")]
    [InlineData("![Ảnh](/khong-co.jpg)", "does not exist")]
    [InlineData("![Ảnh](https://example.com/anh.jpg)", "is on another site")]
    [InlineData("Câu có ảnh ![Ảnh](anh.jpg) ở giữa.", "is inside a paragraph")]
    public void A_photo_that_is_missing_outside_or_inline_is_an_error_at_its_line(string line, string problem)
    {
        using var site = TestSite.Create(Post(line));
        File.WriteAllBytes(Path.Combine(site.Content, "news/bai/anh.jpg"), TestPhotos.Jpeg(600, 400));
        Directory.CreateDirectory(Path.Combine(site.Content, "news/khac"));
        File.WriteAllBytes(Path.Combine(site.Content, "news/khac/anh.jpg"), TestPhotos.Jpeg(600, 400));
        File.WriteAllText(Path.Combine(site.Content, "news/khac/index.md"), "---\ntitle: x\ndate: 2024-02-20T10:30:00+07:00\nunit: dak-la\n---\nx\n");

        var error = Assert.Single(site.BuildFailsWith("news/bai/index.md:9:").ErrorLines);
        Assert.Contains(problem, error);
    }

    [Fact]
    public void Unknown_fields_unit_plan_and_lead_are_errors()
    {
        using var site = TestSite.Create(Post("x", "tieude: \"x\"\nplan: khong-co\nceremony: khong-co\nlead: khong-co.jpg").Replace("unit: dak-la", "unit: dak-laa"));

        var run = site.BuildFailsWith("unknown field \"tieude\"");

        Assert.Contains("\"khong-co.jpg\" is not a photo of this post", run.Error);
    }

    [Theory]
    [InlineData("truncated", "cannot be read, it is damaged or cut short")]
    [InlineData("bomb", "megapixels a photo may have")]
    [InlineData("large", "more than the 30 MB a photo may be")]
    [InlineData("heic", "HEIC")]
    [InlineData("text", "is not a JPEG, PNG or WebP photo")]
    public void A_bad_photo_is_an_error_naming_it_and_the_previous_site_stays(string kind, string problem)
    {
        using var site = TestSite.Create(Post("![Ảnh đoàn viên](anh.jpg)"));
        var photo = Path.Combine(site.Content, "news/bai/anh.jpg");
        File.WriteAllBytes(photo, TestPhotos.Jpeg(600, 400));
        site.BuildOk();
        var before = site.Read("tin-tuc/bai/index.html");

        byte[] bytes = kind switch
        {
            "truncated" => TestPhotos.Jpeg(1600, 1200)[..30_000],
            "bomb" => TestPhotos.Bomb(10_000, 6_000),
            "large" => new byte[31 << 20],
            "heic" => [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[200]],
            _ => "không phải ảnh"u8.ToArray(),
        };
        File.WriteAllBytes(photo, bytes);
        var run = site.BuildFailsWith("news/bai/anh.jpg: error: ");

        var error = Assert.Single(run.ErrorLines);
        Assert.Contains(problem, error);
        Assert.Contains("news/bai/index.md:9:1", error);
        Assert.Equal(before, site.Read("tin-tuc/bai/index.html"));
        if (kind == "heic")
        {
            Assert.Contains("export it as JPEG", run.Error);
        }
    }

    [Fact]
    public async Task A_rebuild_that_changes_no_photo_encodes_nothing_and_a_changed_photo_is_encoded_again()
    {
        using var site = NewsSiteTests.Create();
        var cache = Directory.CreateTempSubdirectory("raquan-images-").FullName;
        try
        {
            var options = new BuildOptions(site.Content, site.Output, DateTimeOffset.Parse(TestSite.DefaultNow), ImageCacheDirectory: cache);
            await using var theme = new RaQuan.Themes.Default.DefaultTheme();
            var first = await SiteBuilder.BuildAsync(options, theme);

            // 2000 px wide: 320, 480, 960, 1600; 1200 px: 320, 480, 960, 1200; 700 px: 320, 480, 700; each in JPEG and WebP, and a share image each.
            Assert.Equal((4 + 4 + 3) * 2 + 3, first.ImagesEncoded);

            var second = await SiteBuilder.BuildAsync(options, theme);
            Assert.Equal(0, second.ImagesEncoded);
            Assert.True(File.Exists(site.OutPath("tin-tuc/ra-quan-dak-la/anh-1-1600.webp")));

            File.WriteAllBytes(Path.Combine(site.Content, "news/ra-quan-dak-la/anh-2.jpg"), TestPhotos.Jpeg(1000, 800));
            var third = await SiteBuilder.BuildAsync(options, theme);
            Assert.Equal((4 * 2) + 1, third.ImagesEncoded);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public async Task A_rebuild_reads_no_photo_whose_size_and_time_are_unchanged_and_reads_one_rewritten_with_the_same_size()
    {
        using var site = NewsSiteTests.Create();
        var cache = Directory.CreateTempSubdirectory("raquan-images-").FullName;
        var bundle = Path.Combine(site.Content, "news/ra-quan-dak-la");
        try
        {
            var options = new BuildOptions(site.Content, site.Output, DateTimeOffset.Parse(TestSite.DefaultNow), ImageCacheDirectory: cache);
            await using var theme = new RaQuan.Themes.Default.DefaultTheme();

            // Photos copied from a phone an hour ago: their time is well before any build reads them.
            var anHourAgo = DateTime.UtcNow.AddHours(-1);
            foreach (var photo in Directory.GetFiles(bundle, "anh-*"))
            {
                File.SetLastWriteTimeUtc(photo, anHourAgo);
            }

            var first = await SiteBuilder.BuildAsync(options, theme);
            Assert.Equal((3, (4 + 4 + 3) * 2 + 3), (first.PhotosHashed, first.ImagesEncoded));

            var second = await SiteBuilder.BuildAsync(options, theme);
            Assert.Equal((0, 0), (second.PhotosHashed, second.ImagesEncoded));
            Assert.True(File.Exists(site.OutPath("tin-tuc/ra-quan-dak-la/anh-1-1600.webp")));

            // Nor are the published versions copied again: each is a second name of its file in the cache.
            var published = site.OutPath("tin-tuc/ra-quan-dak-la/anh-1-1600.webp");
            var cached = Directory.GetFiles(cache, "1600.webp", SearchOption.AllDirectories).Single(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(File.ReadAllBytes(published)));
            Assert.Equal(Inode(cached), Inode(published));

            // A photo written again with other bytes of the same size: its time changed, so it is read again.
            var anh2 = Path.Combine(bundle, "anh-2.jpg");
            File.WriteAllBytes(anh2, OtherCamera(File.ReadAllBytes(anh2)));
            var third = await SiteBuilder.BuildAsync(options, theme);
            Assert.Equal((1, (4 * 2) + 1), (third.PhotosHashed, third.ImagesEncoded));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }

        // The device and inode numbers: equal for two names of one file.
        static string Inode(string file)
        {
            using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%d:%i", file]) { RedirectStandardOutput = true })!;
            var text = stat.StandardOutput.ReadToEnd().Trim();
            stat.WaitForExit();
            return text;
        }

        // The same photo as another camera model names it in its EXIF: other bytes, the same length.
        static byte[] OtherCamera(byte[] jpeg)
        {
            var at = jpeg.AsSpan().IndexOf("Test "u8);
            Assert.True(at > 0, "the test photo names its camera model");
            var copy = (byte[])jpeg.Clone();
            copy[at + 5] = (byte)(copy[at + 5] == (byte)'9' ? '1' : copy[at + 5] + 1);
            return copy;
        }
    }

    [Fact]
    public void A_photo_is_turned_upright_from_its_exif_orientation()
    {
        using var site = TestSite.Create(Post("![Ảnh dựng đứng](anh.jpg)"));
        File.WriteAllBytes(Path.Combine(site.Content, "news/bai/anh.jpg"), TestPhotos.Jpeg(800, 600, orientation: 6));
        site.BuildOk();
        using var published = NetVips.Image.NewFromFile(site.OutPath("tin-tuc/bai/anh-600.jpg"));
        Assert.Equal((600, 800), (published.Width, published.Height));
        var img = site.Html("tin-tuc/bai/index.html").QuerySelector("article img")!;
        Assert.Equal(("600", "800"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }
}
