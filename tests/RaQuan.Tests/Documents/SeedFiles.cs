namespace RaQuan.Tests.Documents;

/// <summary>
/// The real plans in ../shared/seeds (next to the repository). They are not checked in: found by walking up from the
/// test assembly to the folder holding RaQuan.sln.
/// </summary>
internal static class SeedFiles
{
    public static readonly string[] Names =
    [
        "000_ae74833fbf47f47d.txt",
        "001_742d06211c5a3bfd.txt",
        "002_b8d954e5a4da0242.txt",
        "003_73ad0eb0821da3f9.txt",
        "004_73f5e7445957c6dd.txt",
    ];

    public static string? Folder { get; } = Locate();

    /// <summary>The folder holding RaQuan.sln; test data sits under it, not copied to the output.</summary>
    public static string RepositoryRoot { get; } = FindRoot() ?? throw new InvalidOperationException("RaQuan.sln not found above the test assembly");

    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder!, name));

    private static string? Locate()
    {
        var root = FindRoot();
        var seeds = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        return seeds is not null && File.Exists(Path.Combine(seeds, "expected.json")) ? seeds : null;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RaQuan.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
