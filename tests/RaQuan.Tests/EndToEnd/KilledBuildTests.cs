using System.Diagnostics;

namespace RaQuan.Tests.EndToEnd;

/// <summary>The real program killed mid-build: the previous site stays whole, and the next build tidies up.</summary>
public sealed class KilledBuildTests
{
    private const int PlanCount = 60;

    /// <summary>
    /// Moments to kill at, as a number of files in the build's staging folder (-1: before it exists), found by
    /// watching the folder rather than by the clock so they hold on any machine.
    /// </summary>
    private static readonly int[] Moments = [-1, 0, 1, 30, 100];

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_the_previous_site_whole_and_the_next_build_removes_its_leftovers()
    {
        using var site = TestSite.Create(ManyPlans());
        site.BuildOk();
        var previous = Snapshot.Of(site.Output);
        site.Write(ChangedPlan);

        var killedWhileWriting = 0;
        var leftovers = false;
        foreach (var moment in Moments)
        {
            using var process = ChildCli.Start(["build", site.Content, "-o", site.Output, "--now", TestSite.DefaultNow, "--quiet"]);
            while (!process.HasExited && StagedFiles(site.Root, process.Id) < moment)
            {
                await Task.Delay(1);
            }

            var staged = StagedFiles(site.Root, process.Id);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();

            if (process.ExitCode == 0)
            {
                // The build finished before the kill landed: the new site must then be whole.
                // A finished build also removes what the builds killed before it left behind.
                previous = Snapshot.Of(site.Output);
                Assert.Contains(previous, f => f.StartsWith("ke-hoach/ke-hoach-so-7-da-sua/index.html", StringComparison.Ordinal));
                Assert.Equal(["._site.cache", "._site.lock", "._site.previous", "_site", "content"], site.RootEntries());
                leftovers = false;
                continue;
            }

            Assert.True(previous.SequenceEqual(Snapshot.Of(site.Output)), $"killed when {moment} files were staged ({staged} at the kill): the previous site changed");
            killedWhileWriting += staged > 0 ? 1 : 0;
            if (staged >= 0)
            {
                // Its staging folder existed before the kill, so it is still there for the next build to remove.
                Assert.Contains(site.RootEntries(), f => f.StartsWith("._site.staging-", StringComparison.Ordinal));
                leftovers = true;
            }
        }

        Assert.True(killedWhileWriting > 0, "no build was killed while it was writing files, so the test proved nothing");
        if (!leftovers)
        {
            // The last build finished and tidied up already; leave leftovers of a killed one for the next build.
            Directory.CreateDirectory(Path.Combine(site.Root, $"._site.staging-{DeadProcessId()}-{Guid.NewGuid():N}", "ke-hoach"));
        }

        site.BuildOk();

        Assert.Equal(["._site.cache", "._site.lock", "._site.previous", "_site", "content"], site.RootEntries());
        Assert.True(site.Exists("ke-hoach/ke-hoach-so-7-da-sua/index.html"));
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_is_undone_by_the_next_build_even_a_failing_one()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var previous = Snapshot.Of(site.Output);

        // What a build killed after moving the site aside and before moving the new one in leaves behind.
        var staging = Path.Combine(site.Root, $"._site.staging-{DeadProcessId()}-{Guid.NewGuid():N}");
        Directory.Move(site.Output, staging + ".old");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "nửa chừng");
        site.Write(SampleFiles.PlanOfUnknownUnit);

        Assert.Equal(1, site.Build().ExitCode);

        Assert.Equal(previous, Snapshot.Of(site.Output));
        Assert.Equal(["._site.cache", "._site.lock", "_site", "content"], site.RootEntries());
    }

    [Fact]
    public void A_half_deleted_old_site_is_removed_and_never_restored()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var trash = Path.Combine(site.Root, $"._site.staging-{DeadProcessId()}-{Guid.NewGuid():N}.trash");
        Directory.CreateDirectory(Path.Combine(trash, "ke-hoach"));
        Directory.Delete(site.Output, recursive: true);

        site.BuildOk();

        Assert.Equal(["._site.cache", "._site.lock", "_site", "content"], site.RootEntries());
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void The_staging_folder_of_a_build_still_running_elsewhere_is_left_alone()
    {
        using var site = TestSite.Create();
        using var running = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        try
        {
            var staging = Path.Combine(site.Root, $"._site.staging-{running.Id}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);

            site.BuildOk();

            Assert.True(Directory.Exists(staging));
        }
        finally
        {
            running.Kill();
        }
    }

    private static string ManyPlans()
    {
        var files = new StringBuilder();
        for (var i = 1; i <= PlanCount; i++)
        {
            files.Append($"""
                -- content/plans/so-{i}.md --
                ---
                title: "Kế hoạch số {i}"
                unit: kon-ray
                date: 2024-01-{1 + (i % 28):00}
                ---
                Nội dung kế hoạch số {i}.

                ## I. MỤC ĐÍCH

                Tạo khí thế thi đua.

                """);
        }

        return files.ToString();
    }

    private const string ChangedPlan = """
        -- content/plans/so-7.md --
        ---
        title: "Kế hoạch số 7 (đã sửa)"
        unit: kon-ray
        date: 2024-01-08
        ---
        Nội dung đã sửa.
        """;

    private static int StagedFiles(string root, int pid)
    {
        var staging = Directory.EnumerateDirectories(root, $"._site.staging-{pid}-*").FirstOrDefault(d => !d.EndsWith(".old", StringComparison.Ordinal));
        try
        {
            return staging is null ? -1 : Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Count();
        }
        catch (DirectoryNotFoundException)
        {
            return -1;
        }
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
