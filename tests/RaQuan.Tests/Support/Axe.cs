using System.Diagnostics;

namespace RaQuan.Tests.Support;

/// <summary>
/// axe-core, the accessibility rules engine, installed from the npm registry at test time into a cache folder
/// (never committed): <c>npm install --prefix TEMP/raquan-axe-VERSION axe-core@VERSION</c>.
/// </summary>
internal static class Axe
{
    public const string Version = "4.10.3";

    private static readonly Lazy<(string? Script, string Problem)> Installed = new(Install);

    /// <summary>The axe.min.js source, or null with <see cref="Problem"/> saying why.</summary>
    public static string? Script => Installed.Value.Script;

    public static string Problem => Installed.Value.Problem;

    private static (string?, string) Install()
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"raquan-axe-{Version}");
        var script = Path.Combine(prefix, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            try
            {
                var start = new ProcessStartInfo("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-save", $"axe-core@{Version}"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var npm = Process.Start(start)!;
                var error = npm.StandardError.ReadToEndAsync();
                npm.StandardOutput.ReadToEnd();
                if (!npm.WaitForExit(TimeSpan.FromMinutes(2)) || npm.ExitCode != 0 || !File.Exists(script))
                {
                    return (null, $"npm install axe-core@{Version} failed: {error.Result}");
                }
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return (null, $"npm is not installed ({e.Message}); apt-get install npm");
            }
        }

        return (File.ReadAllText(script), "");
    }
}

/// <summary>A browser test that also needs axe-core: skipped with a message when either is missing, except on CI.</summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if (TestEnvironment.IsCi)
        {
            return;
        }

        if (!File.Exists(TestEnvironment.ChromiumPath))
        {
            Skip = $"Chromium is not installed at {TestEnvironment.ChromiumPath}; CI installs it and runs this test.";
        }
        else if (Axe.Script is null)
        {
            Skip = $"axe-core is unavailable: {Axe.Problem}. CI installs it and runs this test.";
        }
    }
}
