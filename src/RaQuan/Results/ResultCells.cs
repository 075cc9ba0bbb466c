using RaQuan.Loading;

namespace RaQuan.Results;

/// <summary>Checks the data's columns against the description and turns cells into exact figures.</summary>
internal static class ResultCells
{
    public static void CheckHeader(IReadOnlyList<RawCell> header, SourceLocation start, string unitHeading, IReadOnlyList<ResultColumn> columns, YamlFields sidecar)
    {
        var described = columns.Select(c => c.Name).Prepend(unitHeading).ToList();
        foreach (var cell in header.Where(h => !described.Contains(h.Text)))
        {
            sidecar.Diagnostics.Add(ContentErrors.UndescribedColumn(cell.At, cell.Text, described));
        }

        var present = header.Select(h => h.Text).ToList();
        if (!present.Contains(unitHeading))
        {
            var at = sidecar.Has("unit_column") ? sidecar.At("unit_column") : start;
            sidecar.Diagnostics.Add(ContentErrors.MissingColumn(at, unitHeading, present));
        }

        foreach (var column in columns.Where(c => !present.Contains(c.Name)))
        {
            sidecar.Diagnostics.Add(ContentErrors.MissingColumn(start, column.Name, present));
        }
    }

    /// <summary>
    /// Parses every figure. An English-style number anywhere rejects the file with one error: the same file may hold
    /// "1,234" that reads as a valid Vietnamese 1.234 but was meant as one thousand, so no figure of it is kept.
    /// </summary>
    public static IReadOnlyList<SourceRow> Figures(IReadOnlyList<RawRow> rows, string unitHeading, IReadOnlyList<ResultColumn> columns, Diagnostics diagnostics)
    {
        var result = new List<SourceRow>();
        var english = new List<RawCell>();
        foreach (var row in rows)
        {
            var values = new decimal?[columns.Count];
            foreach (var column in columns)
            {
                if (row.Cells.TryGetValue(column.Name, out var cell) && cell.Text.Length > 0)
                {
                    values[column.Index] = Figure(cell, column, english, diagnostics);
                }
            }

            if (!row.Cells.TryGetValue(unitHeading, out var unit) || unit.Text.Length == 0)
            {
                diagnostics.Add(ContentErrors.MissingUnitName(unit?.At ?? row.At, unitHeading));
                continue;
            }

            result.Add(new SourceRow(unit.Text, unit.At, values));
        }

        if (english.Count > 0)
        {
            diagnostics.Add(ContentErrors.EnglishNumbers(english[0].At, english[0].Text, english.Count));
        }

        return result;
    }

    private static decimal? Figure(RawCell cell, ResultColumn column, List<RawCell> english, Diagnostics diagnostics)
    {
        if (cell.Number is { } number)
        {
            return number;
        }

        if (VietnameseNumber.TryParse(cell.Text, out var value, out var error))
        {
            return value;
        }

        if (VietnameseNumber.IsEnglishStyle(cell.Text))
        {
            english.Add(cell);
        }
        else
        {
            diagnostics.Add(ContentErrors.InvalidFigure(cell.At, column.Name, error!));
        }

        return null;
    }

    /// <summary>The figures of the data's own "Tổng cộng" row, by column.</summary>
    public static IReadOnlyList<TypedTotal> Totals(RawRow total, IReadOnlyList<ResultColumn> columns, Diagnostics diagnostics)
    {
        var english = new List<RawCell>();
        var totals = new List<TypedTotal>();
        foreach (var column in columns)
        {
            if (total.Cells.TryGetValue(column.Name, out var cell) && cell.Text.Length > 0 && Figure(cell, column, english, diagnostics) is { } value)
            {
                totals.Add(new TypedTotal(column, value, cell.At));
            }
        }

        return totals;
    }
}
