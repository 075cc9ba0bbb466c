using RaQuan.Model;
using RaQuan.Text;

namespace RaQuan.Building;

/// <summary>The wording of result-table and indicator errors.</summary>
internal static partial class ContentErrors
{
    private const string VietnameseNumbers = "write numbers the Vietnamese way (\".\" between thousands, \",\" before decimals: 13.136,1) and leave the cell empty when there is no figure";

    public static BuildError NoResultData(SourceLocation at, string csv) => new(BuildStage.Load, at,
        $"the result table has no data: {csv} does not exist and there is no \"rows:\" list",
        $"put the figures in {csv} (a header row, then one row per unit), or list them under \"rows:\" in this file");

    public static BuildError ResultDataTwice(SourceLocation at, string csv) => new(BuildStage.Load, at,
        $"the figures are given twice: in \"rows:\" and in {csv}", "keep one of the two");

    public static BuildError CsvWithoutSidecar(string csv, string sidecar) => new(BuildStage.Load, new SourceLocation(csv, 1, 1),
        "the result data has no description", $"create {sidecar} with its title and columns (see the README, \"Result tables\")");

    public static BuildError RaggedRow(SourceLocation at, int fields, int expected) => new(BuildStage.Load, at,
        $"the row has {fields} cells but the header has {expected}",
        "give every row one cell per column (an empty cell for no data); a number with a decimal comma must be in quotes, as in \"1872,8\"");

    public static BuildError MalformedCsv(SourceLocation at, string reason) => new(BuildStage.Load, at,
        $"the CSV quoting is broken here ({reason})",
        "put a cell that contains a comma or a quote inside double quotes, and double any quote inside it: \"Thôn \"\"A\"\"\"");

    public static BuildError DuplicateColumn(SourceLocation at, string name) => new(BuildStage.Load, at,
        $"the column \"{name}\" appears twice", "give each column its own name");

    public static BuildError UndescribedColumn(SourceLocation at, string name, IEnumerable<string> described)
    {
        var suggestion = Suggestions.Closest(name, described);
        return new(BuildStage.Load, at, $"the column \"{name}\" is not described in the sidecar's \"columns:\"",
            suggestion is null ? "describe it under \"columns:\" (name, unit, aggregate), or remove it from the data" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError MissingColumn(SourceLocation at, string name, IEnumerable<string> present)
    {
        var suggestion = Suggestions.Closest(name, present);
        return new(BuildStage.Load, at, $"the data has no column \"{name}\"",
            suggestion is null ? $"the data's columns are: {string.Join(", ", present)}" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError InvalidFigure(SourceLocation at, string column, string problem) => new(BuildStage.Load, at,
        $"{column}: {problem}", VietnameseNumbers);

    public static BuildError EnglishNumbers(SourceLocation at, string example, int count) => new(BuildStage.Load, at,
        $"the numbers look English-formatted (\"{example}\"{(count > 1 ? $" and {count - 1} more" : "")}), so none of this file's figures can be trusted: \"1,234\" would be read as one point two three four",
        "write them the Vietnamese way: 1.234,5 (\".\" between thousands, \",\" before decimals), in quotes in a comma-separated file: \"1.234,5\"");

    public static BuildError MissingUnitName(SourceLocation at, string column) => new(BuildStage.Load, at,
        $"the row has no unit in \"{column}\"", "write the unit's name, such as \"Huyện Đắk Hà\", or delete the row");

    public static BuildError UnknownResultUnit(SourceLocation at, string name, string? suggestion) => new(BuildStage.Assemble, at,
        $"\"{name}\" is not a unit in units.yml",
        suggestion is null ? "write the name as units.yml has it, with its kind: \"Huyện Đắk Hà\", \"Xã Đắk La\"" : $"did you mean \"{suggestion}\"?");

    public static BuildError AmbiguousResultUnit(SourceLocation at, string name, IEnumerable<string> candidates) => new(BuildStage.Assemble, at,
        $"\"{name}\" could be {string.Join(" or ", candidates.Select(c => $"\"{c}\""))}",
        "write the kind before the name, as in the candidates above");

    public static BuildError DuplicateResultRow(SourceLocation at, string unit, SourceLocation other) => new(BuildStage.Assemble, at,
        $"{unit} already has a row at {other}", "keep one row per unit: merge the two rows or correct the name");

    public static BuildError UnknownTargetColumn(SourceLocation at, string name, IEnumerable<string> columns)
    {
        var suggestion = Suggestions.Closest(name, columns);
        return new(BuildStage.Load, at, $"target column \"{name}\" is not one of the table's columns",
            suggestion is null ? $"use one of: {string.Join(", ", columns)}" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError UnknownPlan(SourceLocation at, string slug, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(slug, known);
        return new(BuildStage.Assemble, at, $"plan \"{slug}\" does not exist",
            suggestion is null ? "give the slug of a plan (its address: ke-hoach/SLUG/)" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError Windows1258Csv(string file) => new(BuildStage.Load, new SourceLocation(file, 1),
        "the CSV file was saved in the Windows code page for Vietnamese (Windows-1258), not in UTF-8, so its letters would be garbled",
        "open it in Excel and save it again with File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" (not \"CSV (Comma delimited)\"), or put the workbook itself (.xlsx) beside the description");

    public static BuildError UnreadableWorkbook(string file, string problem) => new(BuildStage.Load, new SourceLocation(file, 1),
        $"the workbook cannot be read: {problem}", "open it in Excel and save it again as \"Excel Workbook (*.xlsx)\"");

    public static BuildError UnknownSheet(SourceLocation at, string sheet, IEnumerable<string> sheets)
    {
        var suggestion = Suggestions.Closest(sheet, sheets);
        return new(BuildStage.Load, at, $"the workbook has no sheet \"{sheet}\"",
            suggestion is null ? $"its sheets are: {string.Join(", ", sheets)}" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError NoWorkbookHeader(SourceLocation at, IEnumerable<string> names) => new(BuildStage.Load, at,
        "the sheet has no header row naming the table's columns",
        $"put a row with the column names ({string.Join(", ", names)}) above the figures, or name the right sheet with \"sheet:\"");

    public static BuildError TotalMismatch(SourceLocation at, decimal typed, decimal computed) => new(BuildStage.Assemble, at,
        $"typed {VietnameseNumber.Format(typed)}, the rows add up to {VietnameseNumber.Format(computed)}",
        "correct the total row or the figure of a unit: the page shows the total of the rows", IsWarning: true);
}
