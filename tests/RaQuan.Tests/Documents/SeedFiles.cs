namespace RaQuan.Tests.Documents;

/// <summary>
/// The real plans in ../shared/seeds, next to the repository; they are not checked in.
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

    public static string? Folder { get; } =
        File.Exists(Path.Combine(TestEnvironment.SeedsDirectory, "expected.json")) ? TestEnvironment.SeedsDirectory : null;

    public static bool RequiredByCi => TestEnvironment.IsCi;

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder!, name));
}
