namespace RaQuan.Tests.Search;

/// <summary>The repository's sample content, plus plans of the tests' own that spell words both ways.</summary>
internal static class SampleSearchSite
{
    public const string ExtraPlans = """
        -- content/plans/test-dak-ha-viet-kieu-cu.md --
        ---
        title: "Kế hoạch dọn vệ sinh thôn 1 thị trấn Đăk Hà"
        unit: thi-tran-dak-ha
        date: 2024-02-05
        ---
        Thị trấn Đăk Hà ra quân dọn vệ sinh môi trường; viết "Đăk" theo cách cũ.
        -- content/plans/test-hoa-dau-moi.md --
        ---
        title: "Kế hoạch xây dựng thôn văn hóa hòa thuận"
        unit: ia-chim
        date: 2023-11-20
        ---
        Xây dựng khu dân cư hòa thuận, đoàn kết.
        -- content/plans/test-hoa-dau-cu.md --
        ---
        title: "Kế hoạch giữ gìn khối đoàn kết hoà hợp"
        unit: ia-chim
        date: 2024-02-10
        ---
        Các dân tộc trong xã sống hoà hợp; công trình thuỷ lợi nhỏ.
        """;

    /// <summary>A copy of <c>content/</c> with <see cref="ExtraPlans"/>, built with the tests' fixed clock.</summary>
    public static TestSite Build()
    {
        var site = TestSite.Create(withBase: false);
        CopyDirectory(Path.Combine(TestEnvironment.RepositoryRoot, "content"), site.Content);
        site.Write(ExtraPlans);
        site.BuildOk();
        return site;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
