namespace RaQuan.Building;

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(int Files, int Plans, int Units, TimeSpan Elapsed, IReadOnlyList<BuildError> Warnings);
