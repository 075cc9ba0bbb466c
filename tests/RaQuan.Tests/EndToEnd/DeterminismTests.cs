namespace RaQuan.Tests.EndToEnd;

/// <summary>Same content and --now: the same bytes, whatever the machine's clock, time zone or language.</summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly string SampleContent = Path.Combine(TestEnvironment.RepositoryRoot, "content");
    private readonly string _root = Directory.CreateTempSubdirectory("raquan-determinism-").FullName;

    [Fact]
    public void Two_builds_of_the_sample_site_are_byte_identical()
    {
        var first = Build("first");
        var second = Build("second");

        Assert.True(first.Count > 50, $"the sample site built only {first.Count} files");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_build_in_another_time_zone_and_language_is_byte_identical()
    {
        var here = Build("here");
        var elsewhere = await ChildBuild("new-york-turkish", new Dictionary<string, string>
        {
            // Turkish upper-cases "i" to "İ" and writes 1.234,5; New York is 12 hours behind Kon Tum, so dates shift.
            ["TZ"] = "America/New_York",
            ["LANG"] = "tr_TR.UTF-8",
            ["LC_ALL"] = "tr_TR.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
        });
        var invariant = await ChildBuild("invariant", new Dictionary<string, string>
        {
            ["TZ"] = "Pacific/Kiritimati",
            ["LANG"] = "C",
            ["LC_ALL"] = "C",
        });

        Assert.Equal(here, elsewhere);
        Assert.Equal(here, invariant);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IReadOnlyList<string> Build(string name)
    {
        var output = Path.Combine(_root, name);
        var run = TestSite.Run(["build", SampleContent, "-o", output, "--now", TestSite.DefaultNow, "--quiet"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return Snapshot.Of(output);
    }

    private async Task<IReadOnlyList<string>> ChildBuild(string name, Dictionary<string, string> environment)
    {
        var output = Path.Combine(_root, name);
        var run = await ChildCli.RunAsync(["build", SampleContent, "-o", output, "--now", TestSite.DefaultNow, "--quiet"], environment);
        Assert.True(run.ExitCode == 0, run.Error);
        return Snapshot.Of(output);
    }
}
