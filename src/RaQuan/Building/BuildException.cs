namespace RaQuan.Building;

/// <summary>Thrown when a stage found errors; carries all of them, so one run reports every problem.</summary>
public sealed class BuildException(IReadOnlyList<BuildError> errors)
    : Exception($"The build failed with {errors.Count} error(s).")
{
    public IReadOnlyList<BuildError> Errors { get; } = errors;
}
