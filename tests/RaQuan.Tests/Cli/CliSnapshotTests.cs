using RaQuan.Cli;
using Xunit.Sdk;

namespace RaQuan.Tests.Cli;

/// <summary>
/// What users read — help and error output — is compared with text files in Snapshots/, so a change to it is
/// deliberate. Run the tests with UPDATE_SNAPSHOTS=1 to rewrite the files, then review the diff.
/// </summary>
public sealed partial class CliSnapshotTests
{
    private static readonly DateTimeOffset Clock = DateTimeOffset.Parse("2024-02-20T08:00:00+07:00", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("help", "--help")]
    [InlineData("build-help", "build --help")]
    [InlineData("serve-help", "serve --help")]
    [InlineData("new-help", "new --help")]
    [InlineData("check-help", "check --help")]
    [InlineData("build-bad-now", "build {site} --now yesterday")]
    [InlineData("build-missing-folder", "build {site}/nowhere -o {site}/out")]
    [InlineData("serve-missing-theme-assets", "serve {site} --theme-assets {site}/nowhere")]
    [InlineData("new-unknown-kind", "new page \"Giới thiệu\" --site {site}")]
    [InlineData("new-unknown-unit", "new plan \"Kế hoạch thử\" --unit dak-laa --site {site}")]
    [InlineData("check-unknown-unit", "check {site} --now 2024-03-01T09:00:00+07:00")]
    [InlineData("convert-help", "convert --help")]
    [InlineData("inspect-help", "inspect --help")]
    [InlineData("import-help", "import --help")]
    [InlineData("import-legacy-text", "import {site}/files/cu.txt --to {site}/plans")]
    [InlineData("build-unknown-unit", "build {site} -o {site}/../out --now 2024-03-01T09:00:00+07:00")]
    [InlineData("vi-help", "--lang vi --help")]
    [InlineData("vi-build-help", "build --help --lang vi")]
    [InlineData("vi-build-unknown-unit", "build {site} -o {site}/../out --now 2024-03-01T09:00:00+07:00 --lang vi")]
    [InlineData("vi-check-unknown-unit", "check {site} --now 2024-03-01T09:00:00+07:00 --lang vi")]
    [InlineData("vi-new-unknown-unit", "new plan \"Kế hoạch thử\" --unit dak-laa --site {site} --lang vi")]
    [InlineData("lang-unknown", "build {site} --lang fr")]
    [InlineData("vi-build-missing-folder", "build {site}/nowhere -o {site}/out --lang vi")]
    [InlineData("units-find", "units find \"dak ha\" --site {site}")]
    [InlineData("vi-units-find", "units find \"dak ha\" --site {site} --lang vi")]
    public async Task Output_matches_its_snapshot(string name, string commandLine)
    {
        using var site = TestSite.Create(SampleFiles.KonRayPlan("x", unit: "kon-rayy") + "\n" + """
            -- content/files/cu.txt --
            KÕ HO¹CH
            Ph¸t ®éng thi ®ua
            """);
        var args = Arguments().Matches(commandLine).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value)
            .Select(a => a.Replace("{site}", site.Content, StringComparison.Ordinal)).ToArray();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CliApp.RunAsync(args, output, error, () => Clock);

        var text = $"$ raquan {commandLine}\nexit {code}\n--- stdout ---\n{output}--- stderr ---\n{error}";
        text = text.Replace(site.Content, "{site}", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        text = Usage().Replace(text, "  raquan");
        Compare(name, text);
    }

    private static void Compare(string name, string actual)
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "RaQuan.Tests", "Snapshots", name + ".txt");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"{path} does not exist; run the tests with UPDATE_SNAPSHOTS=1 to write it. Output:\n{actual}");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            throw new XunitException($"{name} differs from {path} (UPDATE_SNAPSHOTS=1 rewrites it if the change is meant).\nExpected:\n{expected}\nActual:\n{actual}");
        }
    }

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex Arguments();

    // The program's name as the test host runs it ("testhost", "RaQuan.Cli") is what users type as "raquan".
    [GeneratedRegex(@"(?<=(Usage|Cách dùng):\n)  [\w.]+(?= )")]
    private static partial Regex Usage();
}
