using System.Diagnostics;

namespace RaQuan.Tests.Reliability;

/// <summary>Ctrl+C and SIGTERM stop the real program within a second, whatever it is busy with.</summary>
public sealed class TerminationTests
{
    // The program gives a command half a second; the rest is for a loaded machine to end a process.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1.5);

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task A_signal_stops_a_long_build_within_a_second_and_publishes_nothing(string signal, int exitCode)
    {
        using var site = TestSite.Create();
        for (var i = 0; i < 5_000; i++)
        {
            File.WriteAllText(Path.Combine(site.Content, "plans", $"p{i}.md"),
                $"---\ntitle: \"Kế hoạch ra quân số {i}\"\nunit: kon-ray\ndate: 2024-02-01\n---\nToàn huyện ra quân đồng loạt lúc 08 giờ 30 phút.\n");
        }

        using var process = ChildCli.Start(["build", site.Content, "-o", site.Output, "--now", TestSite.DefaultNow, "--quiet"]);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(process.HasExited, "the build ended before the signal: it shows nothing");

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        clock.Stop();

        Assert.True(clock.Elapsed < Limit, $"the build stopped {clock.Elapsed.TotalSeconds:0.00} s after SIG{signal}");
        Assert.Equal(exitCode, process.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }
}
