namespace RaQuan.Results;

/// <summary>A result table as read from its files, before unit names and the source plan are resolved.</summary>
internal sealed record ResultSource(
    string Slug,
    string Title,
    string? Period,
    string? Notes,
    string? PlanSlug,
    SourceLocation PlanAt,
    string UnitHeading,
    IReadOnlyList<ResultColumn> Columns,
    ResultColumn? ChartColumn,
    IReadOnlyList<SourceRow> Rows,
    SourceLocation Source)
{
    /// <summary>The figures of a "Tổng cộng" row of the data, checked against the computed totals.</summary>
    public IReadOnlyList<TypedTotal> TypedTotals { get; init; } = [];
}

/// <summary>A total as the data's own "Tổng cộng" row gives it, and the cell it is in.</summary>
internal sealed record TypedTotal(ResultColumn Column, decimal Value, SourceLocation At);

/// <summary>A row as written: the unit's name and its figures (null where the cell is empty).</summary>
internal sealed record SourceRow(string UnitName, SourceLocation UnitAt, IReadOnlyList<decimal?> Values);

/// <summary>A cell's text and where it is; <paramref name="Number"/> when a workbook stores it as a number.</summary>
internal sealed record RawCell(string Text, SourceLocation At, decimal? Number = null);

/// <summary>A row of cells by column name.</summary>
internal sealed record RawRow(SourceLocation At, IReadOnlyDictionary<string, RawCell> Cells);
