namespace RaQuan.Building;

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(int Files, int Plans, int Units, TimeSpan Elapsed, IReadOnlyList<BuildError> Warnings)
{
    /// <summary>The path every link of the site starts with ("/ra-quan-2024/"), where <c>raquan serve</c> shows it.</summary>
    public string BasePath { get; init; } = "/";
}
