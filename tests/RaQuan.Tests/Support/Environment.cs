namespace RaQuan.Tests.Support;

/// <summary>Where the test run is: the repository, the shared seeds, CI or not.</summary>
internal static class TestEnvironment
{
    public static bool IsCi => string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder holding RaQuan.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The real documents of ../shared/seeds beside the repository.</summary>
    public static string SeedsDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    public const string ChromiumPath = "/usr/bin/chromium";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RaQuan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RaQuan.sln not found above " + AppContext.BaseDirectory);
    }
}
