namespace RaQuan.Tests.News;

public sealed class PhotoProcessingTests
{
    private const string Post = """
        -- content/news/ra-quan-dak-la/index.md --
        ---
        title: "Xã Đắk La ra quân làm đường"
        date: 2024-02-20T10:30:00+07:00
        unit: dak-la
        photos:
          - { src: anh-1.jpg, credit: "Nguyễn Văn B" }
        ---
        Sáng 20/02, xã Đắk La ra quân làm đường giao thông nông thôn.

        ![Đoàn viên dọn cỏ hai bên đường](anh-1.jpg "Dọn cỏ đường thôn 4")
        """;

    [Fact]
    public void Published_photos_carry_no_exif_gps_or_camera_and_the_source_did()
    {
        using var site = TestSite.Create(Post);
        var source = Path.Combine(site.Content, "news/ra-quan-dak-la/anh-1.jpg");
        File.WriteAllBytes(source, TestPhotos.Jpeg(2000, 1500));
        Assert.Contains("GPSLatitude", TestPhotos.Exif(source));
        Assert.Contains("RaQuanPhone", TestPhotos.Exif(source));

        site.BuildOk();

        var published = Directory.GetFiles(site.OutPath("tin-tuc/ra-quan-dak-la"), "*.*").Where(f => !f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, published.Count); // 320, 480, 960, 1600 in JPEG and WebP, and the 1200×630 share image
        foreach (var file in published)
        {
            var exif = TestPhotos.Exif(file);
            Assert.DoesNotContain("GPS", exif);
            Assert.DoesNotContain("RaQuanPhone", exif);
            Assert.DoesNotContain("[IFD0]", exif);
            Assert.DoesNotContain("[XMP", exif);
        }
    }
}
