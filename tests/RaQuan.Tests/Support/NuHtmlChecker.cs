using System.Diagnostics;

namespace RaQuan.Tests.Support;

/// <summary>The Nu HTML Checker (the W3C validator), from the vnu-jar npm package, run with Java.</summary>
internal static class NuHtmlChecker
{
    public const string Version = "26.9.27";

    private static readonly NpmPackage Package = new("vnu-jar", Version);

    /// <summary>Why the checker cannot run here, or null when it can.</summary>
    public static string? Unavailable =>
        Package.Folder is null ? Package.Problem
        : !JavaInstalled.Value ? "java is not installed (apt-get install default-jre-headless)"
        : null;

    private static readonly Lazy<bool> JavaInstalled = new(() =>
    {
        try
        {
            using var java = Process.Start(new ProcessStartInfo("java", ["-version"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            java.StandardError.ReadToEnd();
            java.WaitForExit();
            return java.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>Checks every .html file under <paramref name="folder"/>; returns the errors as "file:line: message".</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        var jar = Path.Combine(Package.Folder!, "build", "dist", "vnu.jar");
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var vnu = Process.Start(start)!;
        var output = vnu.StandardOutput.ReadToEndAsync();
        var report = vnu.StandardError.ReadToEnd();
        if (!vnu.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            vnu.Kill();
            throw new TimeoutException("the Nu HTML Checker did not finish in 5 minutes");
        }

        // vnu writes its JSON report to standard error.
        var json = report.Length > 0 ? report : output.Result;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m =>
            {
                var file = m.TryGetProperty("url", out var url) ? Path.GetRelativePath(folder, new Uri(url.GetString()!).LocalPath) : "?";
                var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                return $"{file}:{line}: {m.GetProperty("message").GetString()}";
            })
            .ToList();
    }
}

/// <summary>A test that runs the Nu HTML Checker: skipped with a message when npm or Java is missing, except on CI.</summary>
public sealed class NuHtmlCheckerFactAttribute : FactAttribute
{
    public NuHtmlCheckerFactAttribute()
    {
        if (!TestEnvironment.IsCi && NuHtmlChecker.Unavailable is { } reason)
        {
            Skip = $"The Nu HTML Checker cannot run: {reason}. CI installs it and runs this test.";
        }
    }
}
