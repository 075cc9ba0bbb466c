namespace RaQuan.Building;

/// <summary>The wording of result-table and indicator errors.</summary>
internal static partial class ContentErrors
{

    public static BuildError NoResultData(SourceLocation at, string csv) => new(BuildStage.Load, at,
        Say(Messages.NoResultData, csv), Say(Messages.NoResultDataFix, csv));

    public static BuildError ResultDataTwice(SourceLocation at, string csv) => new(BuildStage.Load, at,
        Say(Messages.ResultDataTwice, csv), Messages.KeepOneFix);

    public static BuildError CsvWithoutSidecar(string csv, string sidecar) => new(BuildStage.Load, new SourceLocation(csv, 1, 1),
        Messages.CsvWithoutSidecar, Say(Messages.CsvWithoutSidecarFix, sidecar));

    public static BuildError RaggedRow(SourceLocation at, int fields, int expected) => new(BuildStage.Load, at,
        Say(Messages.RaggedRow, fields, expected), Messages.RaggedRowFix);

    public static BuildError MalformedCsv(SourceLocation at, string reason) => new(BuildStage.Load, at,
        Say(Messages.MalformedCsv, reason), Messages.MalformedCsvFix);

    public static BuildError DuplicateColumn(SourceLocation at, string name) => new(BuildStage.Load, at,
        Say(Messages.DuplicateColumn, name), Messages.DuplicateColumnFix);

    public static BuildError UndescribedColumn(SourceLocation at, string name, IEnumerable<string> described) => new(BuildStage.Load, at,
        Say(Messages.UndescribedColumn, name), DidYouMean(name, described, Messages.UndescribedColumnFix));

    public static BuildError MissingColumn(SourceLocation at, string name, IEnumerable<string> present) => new(BuildStage.Load, at,
        Say(Messages.MissingColumn, name), DidYouMean(name, present, Say(Messages.MissingColumnFix, string.Join(", ", present))));

    public static BuildError InvalidFigure(SourceLocation at, string column, string problem) => new(BuildStage.Load, at,
        $"{column}: {problem}", Messages.VietnameseNumbersFix);

    public static BuildError EnglishNumbers(SourceLocation at, string example, int count) => new(BuildStage.Load, at,
        count > 1 ? Say(Messages.EnglishNumbersMore, example, count - 1) : Say(Messages.EnglishNumbers, example), Messages.EnglishNumbersFix);

    public static BuildError MissingUnitName(SourceLocation at, string column) => new(BuildStage.Load, at,
        Say(Messages.MissingUnitName, column), Messages.MissingUnitNameFix);

    public static BuildError UnknownResultUnit(SourceLocation at, string name, string? suggestion) => new(BuildStage.Assemble, at,
        Say(Messages.UnknownResultUnit, name), suggestion is null ? Messages.UnknownResultUnitFix : Say(Messages.DidYouMeanQuoted, suggestion));

    public static BuildError AmbiguousResultUnit(SourceLocation at, string name, IEnumerable<string> candidates) => new(BuildStage.Assemble, at,
        Say(Messages.AmbiguousResultUnit, name, string.Join(Messages.Or, candidates.Select(c => $"\"{c}\""))), Messages.AmbiguousResultUnitFix);

    public static BuildError DuplicateResultRow(SourceLocation at, string unit, SourceLocation other) => new(BuildStage.Assemble, at,
        Say(Messages.DuplicateResultRow, unit, other), Messages.DuplicateResultRowFix);

    public static BuildError UnknownTargetColumn(SourceLocation at, string name, IEnumerable<string> columns) => new(BuildStage.Load, at,
        Say(Messages.UnknownTargetColumn, name), DidYouMean(name, columns, Say(Messages.UseOneOf, string.Join(", ", columns))));

    public static BuildError UnknownPlan(SourceLocation at, string slug, IEnumerable<string> known) => new(BuildStage.Assemble, at,
        Say(Messages.UnknownPlan, slug), DidYouMean(slug, known, Messages.UnknownPlanFix));

    public static BuildError Windows1258Csv(string file) => new(BuildStage.Load, new SourceLocation(file, 1),
        Messages.Windows1258Csv, Messages.Windows1258CsvFix);

    public static BuildError UnreadableWorkbook(string file, string problem) => new(BuildStage.Load, new SourceLocation(file, 1),
        Say(Messages.UnreadableWorkbook, problem), Messages.UnreadableWorkbookFix);

    public static BuildError UnknownSheet(SourceLocation at, string sheet, IEnumerable<string> sheets) => new(BuildStage.Load, at,
        Say(Messages.UnknownSheet, sheet), DidYouMean(sheet, sheets, Say(Messages.UnknownSheetFix, string.Join(", ", sheets))));

    public static BuildError NoWorkbookHeader(SourceLocation at, IEnumerable<string> names) => new(BuildStage.Load, at,
        Messages.NoWorkbookHeader, Say(Messages.NoWorkbookHeaderFix, string.Join(", ", names)));

    public static BuildError TotalMismatch(SourceLocation at, decimal typed, decimal computed) => new(BuildStage.Assemble, at,
        Say(Messages.TotalMismatch, VietnameseNumber.Format(typed), VietnameseNumber.Format(computed)), Messages.TotalMismatchFix, IsWarning: true);
}
