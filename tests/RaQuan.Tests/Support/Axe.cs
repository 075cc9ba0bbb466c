namespace RaQuan.Tests.Support;

/// <summary>
/// axe-core, the accessibility rules engine, from the npm registry at test time (see <see cref="NpmPackage"/>).
/// </summary>
internal static class Axe
{
    public const string Version = "4.10.3";

    private static readonly NpmPackage Package = new("axe-core", Version);

    private static readonly Lazy<string?> Source = new(() =>
        Package.Folder is { } folder ? File.ReadAllText(Path.Combine(folder, "axe.min.js")) : null);

    /// <summary>The axe.min.js source, or null with <see cref="Problem"/> saying why.</summary>
    public static string? Script => Source.Value;

    public static string Problem => Package.Problem;
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
