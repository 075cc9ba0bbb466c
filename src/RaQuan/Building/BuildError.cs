namespace RaQuan.Building;

/// <summary>A problem in the content, said so that a non-programmer can find and fix it.</summary>
/// <param name="Location">Where: file, line, column.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record BuildError(BuildStage Stage, SourceLocation Location, string Message, string? Fix, bool IsWarning = false)
{
    public override string ToString() =>
        // A workbook's cell is named after the severity, as Excel users say it: "ket-qua.xlsx: warning: Sheet1!F9: …".
        Location.Cell is { } cell
            ? ReportText.Line(Location.File, IsWarning, $"{cell}: {Message}", Fix)
            : ReportText.Line(Location.ToString(), IsWarning, Message, Fix);
}
