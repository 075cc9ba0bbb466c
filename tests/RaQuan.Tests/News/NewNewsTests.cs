namespace RaQuan.Tests.News;

public sealed class NewNewsTests
{
    [Fact]
    public void New_news_copies_the_photos_and_writes_image_lines_that_fail_until_described()
    {
        using var site = TestSite.Create();
        var phone = Directory.CreateTempSubdirectory("raquan-phone-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(phone, "IMG_0001.JPG"), TestPhotos.Jpeg(800, 600));
            File.WriteAllBytes(Path.Combine(phone, "IMG_0002.jpg"), TestPhotos.Jpeg(800, 600));
            File.WriteAllText(Path.Combine(phone, "ghi-chu.txt"), "không phải ảnh");

            var created = TestSite.Run(["new", "news", "Xã Đắk La ra quân", "--unit", "dak-la", "--photos", phone, "--site", site.Content]);
            Assert.Equal(0, created.ExitCode);
            var bundle = Path.Combine(site.Content, "news/xa-dak-la-ra-quan");
            Assert.Equal(["img-0001.jpg", "img-0002.jpg", "index.md"], Directory.GetFiles(bundle).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            var build = TestSite.Run(["build", site.Content, "-o", site.Output]);
            Assert.Equal(1, build.ExitCode);
            Assert.Equal(2, build.ErrorLines.Count(l => l.Contains("has no alt text", StringComparison.Ordinal)));
            Assert.Contains("mô tả ngắn nội dung ảnh", build.Error);

            var index = Path.Combine(bundle, "index.md");
            File.WriteAllText(index, File.ReadAllText(index).Replace("TODO: mô tả ngắn nội dung ảnh", "Đoàn viên làm đường", StringComparison.Ordinal));
            var fixedBuild = TestSite.Run(["build", site.Content, "-o", site.Output]);
            Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Error);
            Assert.Equal(2, site.Html("tin-tuc/xa-dak-la-ra-quan/index.html").QuerySelectorAll("article img[alt='Đoàn viên làm đường']").Length);
        }
        finally
        {
            Directory.Delete(phone, recursive: true);
        }
    }
}
