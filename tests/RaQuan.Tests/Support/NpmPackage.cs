using System.Diagnostics;

namespace RaQuan.Tests.Support;

/// <summary>
/// A pinned package from the npm registry, installed at test time into a cache folder under the temp directory
/// (never committed): <c>npm install --prefix TEMP/raquan-NAME-VERSION NAME@VERSION</c>.
/// </summary>
internal sealed class NpmPackage(string name, string version)
{
    private readonly Lazy<(string? Folder, string Problem)> _installed = new(() => Install(name, version));

    /// <summary>The installed package's folder (node_modules/NAME), or null with <see cref="Problem"/> saying why.</summary>
    public string? Folder => _installed.Value.Folder;

    public string Problem => _installed.Value.Problem;

    private static (string?, string) Install(string name, string version)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"raquan-{name}-{version}");
        var folder = Path.Combine(prefix, "node_modules", name);
        if (File.Exists(Path.Combine(folder, "package.json")))
        {
            return (folder, "");
        }

        try
        {
            var start = new ProcessStartInfo("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-save", $"{name}@{version}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var npm = Process.Start(start)!;
            var error = npm.StandardError.ReadToEndAsync();
            npm.StandardOutput.ReadToEnd();
            return npm.WaitForExit(TimeSpan.FromMinutes(3)) && npm.ExitCode == 0 && File.Exists(Path.Combine(folder, "package.json"))
                ? (folder, "")
                : (null, $"npm install {name}@{version} failed: {error.Result}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"npm is not installed ({e.Message}); apt-get install npm");
        }
    }
}
