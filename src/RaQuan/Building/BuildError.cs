using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>A problem in the content, said so that a non-programmer can find and fix it.</summary>
/// <param name="Location">Where: file, line, column.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record BuildError(BuildStage Stage, SourceLocation Location, string Message, string? Fix, bool IsWarning = false)
{
    public override string ToString()
    {
        var severity = IsWarning ? "warning" : "error";
        var text = $"{Location}: {severity}: {Message}";
        return Fix is null ? text : $"{text}\n  fix: {Fix}";
    }
}
