namespace RaQuan.Localization;

/// <summary>
/// The shape of every error and warning users read: "place: error: what is wrong", then "  fix: how to fix it". The
/// words "error", "warning" and "fix" are in the chosen language ("lỗi", "cảnh báo", "cách sửa"); the place and the
/// colons stay, so a line reads the same way in both languages.
/// </summary>
internal static class ReportText
{
    public static string Severity(bool isWarning) => isWarning ? Messages.Severity_Warning : Messages.Severity_Error;

    /// <param name="at">The file, line and column, or a cell ("ket-qua.xlsx: Sheet1!F9"), or an option ("--now").</param>
    public static string Line(string at, bool isWarning, string message, string? fix = null) =>
        WithFix($"{at}: {Severity(isWarning)}: {message}", fix);

    /// <summary>An error that has no place (a file the operating system could not open, said in its own words).</summary>
    public static string Line(bool isWarning, string message, string? fix = null) =>
        WithFix($"{Severity(isWarning)}: {message}", fix);

    public static string WithFix(string text, string? fix) => fix is null ? text : $"{text}\n  {Messages.FixLabel}: {fix}";
}
