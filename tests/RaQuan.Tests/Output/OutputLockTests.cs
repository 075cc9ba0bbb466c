using System.Diagnostics;
using RaQuan.Output;

namespace RaQuan.Tests.Output;

/// <summary>Two builds of one output folder never interleave: the second waits for the first, or stops.</summary>
public sealed class OutputLockTests
{
    [Fact]
    public void A_build_while_another_holds_the_output_stops_with_exit_1_and_leaves_the_site_untouched()
    {
        using var site = TestSite.Create();
        site.BuildOk();
        var published = Snapshot.Of(site.Output);
        site.Write("""
            -- content/plans/dak-la.md --
            (deleted)
            """);

        using (Hold(site.Output))
        {
            var run = site.Build("--wait", "0");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("another build is writing this output folder", run.Error);
            Assert.Contains(OutputLock.PathOf(site.Output), run.Error);
            Assert.Equal(published, Snapshot.Of(site.Output));
            Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).Contains(".staging-", StringComparison.Ordinal));
        }

        site.BuildOk();
        Assert.NotEqual(published, Snapshot.Of(site.Output));
    }

    [Fact]
    public void The_message_is_in_Vietnamese_by_default()
    {
        using var site = TestSite.Create();
        using var held = Hold(site.Output);

        var run = site.Build("--wait", "0", "--lang", "vi");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("một lần tạo trang khác đang ghi vào thư mục này", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_build_waits_for_the_one_holding_the_output_to_finish()
    {
        using var site = TestSite.Create();
        var held = Hold(site.Output);
        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => site.Build("--wait", "60", "--quiet"));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(build.IsCompleted, "the build did not wait for the lock");
        held.Dispose();

        var run = await build;
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5));
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public async Task The_program_itself_stops_while_another_build_holds_the_output()
    {
        // The program turns .NET's own file locking off (System.IO.DisableFileLocking): the lock must not depend on it.
        using var site = TestSite.Create();
        site.BuildOk();
        var published = Snapshot.Of(site.Output);
        using var held = Hold(site.Output);

        var run = await ChildCli.RunAsync(["build", site.Content, "-o", site.Output, "--now", TestSite.DefaultNow, "--wait", "0", "--lang", "en"]);

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("another build is writing this output folder", run.Error);
        Assert.Equal(published, Snapshot.Of(site.Output));
    }

    // What another build holds while it runs.
    private static OutputLock Hold(string output) => OutputLock.TryTake(output) ?? throw new InvalidOperationException("the output is locked already");
}
