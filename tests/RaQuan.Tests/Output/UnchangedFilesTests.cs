namespace RaQuan.Tests.Output;

/// <summary>A rebuild leaves the files whose bytes did not change with their times, so a sync sends only what changed.</summary>
public sealed class UnchangedFilesTests
{
    private static readonly DateTime Earlier = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public void Files_a_rebuild_leaves_unchanged_keep_their_modification_time_and_changed_ones_do_not()
    {
        using var site = TestSite.Create("""
            -- content/static/van-ban/quy-che.txt --
            Quy chế phối hợp.
            """);
        site.BuildOk();
        var before = Files(site.Output);
        foreach (var file in before.Keys)
        {
            File.SetLastWriteTimeUtc(site.OutPath(file), Earlier);
        }

        site.Write(SampleFiles.KonRayPlan("Tổng giá trị sản xuất: 2.500 tỷ đồng."));
        site.BuildOk();

        var after = Files(site.Output);
        var same = after.Keys.Where(f => before.TryGetValue(f, out var old) && old.SequenceEqual(after[f])).ToList();
        var changed = after.Keys.Except(same).ToList();
        Assert.Contains("ke-hoach/phat-dong-thi-dua-huyen-kon-ray/index.html", changed);
        Assert.Contains("van-ban/quy-che.txt", same);
        Assert.Contains("ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html", same);
        Assert.True(same.Count > changed.Count, $"{same.Count} unchanged, {changed.Count} changed");
        Assert.All(same, f => Assert.Equal(Earlier, File.GetLastWriteTimeUtc(site.OutPath(f))));
        Assert.All(changed, f => Assert.NotEqual(Earlier, File.GetLastWriteTimeUtc(site.OutPath(f))));
    }

    [Fact]
    public void A_rebuild_over_a_published_site_writes_what_a_clean_build_writes()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        site.Write("""
            -- content/plans/dak-la.md --
            ---
            title: "Phát động thi đua xã Đắk La năm 2024 (bổ sung)"
            date: 05/02/2024
            unit: dak-la
            ---
            Xã Đắk La phát động phong trào thi đua yêu nước.
            -- content/plans/dak-r-lap.md --
            (deleted)
            """);
        site.BuildOk();

        var clean = Path.Combine(site.Root, "clean");
        var run = TestSite.Run(["build", site.Content, "-o", clean, "--now", TestSite.DefaultNow, "--quiet"]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Snapshot.Of(clean), Snapshot.Of(site.Output));
        Assert.False(Directory.Exists(site.OutPath("ke-hoach/le-ra-quan-dau-xuan-giap-thin")));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
