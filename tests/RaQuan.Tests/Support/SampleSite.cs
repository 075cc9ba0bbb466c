namespace RaQuan.Tests.Support;

/// <summary>The repository's sample content (content/), copied into a temporary folder and built.</summary>
internal static class SampleSite
{
    public const string BasePath = "/ra-quan-2024/";

    /// <summary>One page of each kind in the sample site, by path under the base URL.</summary>
    public static readonly string[] PageKinds =
    [
        "",
        "ke-hoach/",
        "ke-hoach/phat-dong-dot-thi-dua-cao-diem-luc-ba-quyet-tam-chung-suc-xay-dung-xa-nong-thon/",
        "ke-hoach/ke-hoach-trien-khai-cac-hoat-dong-le-ra-quan-dau-nam-2024/",
        "dia-ban/",
        "dia-ban/kon-tum/",
        "gioi-thieu/",
        "en/",
        "404.html",
        "lich/",
        "lich/dak-ha-2024-02-20/",
        "ket-qua/",
        "ket-qua/diem-ra-quan-2024/",
        "tim-kiem/",
    ];

    public static TestSite Build()
    {
        var site = Copy();
        site.BuildOk();
        return site;
    }

    /// <summary>The sample content, which has a file of every kind, copied into a temporary folder and not built.</summary>
    public static TestSite Copy()
    {
        var site = TestSite.Create(withBase: false);
        var source = Path.Combine(TestEnvironment.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return site;
    }
}
