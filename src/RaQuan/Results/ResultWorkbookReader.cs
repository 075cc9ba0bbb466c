using ExcelDataReader;
using RaQuan.Loading;

namespace RaQuan.Results;

/// <summary>
/// Reads the figures of a result table from the workbook staff keep them in (<c>NAME.xlsx</c> or <c>NAME.xls</c>),
/// as they lay it out: title rows above the table, a header of one or two rows with merged cells (the lowest cell
/// of a column names it), an STT column, a row of column numbers "(1) (2) (3)", a "Tổng cộng" row, and a signature
/// below. Formulas are read by the values Excel saved with them; figures are numbers or Vietnamese-formatted text.
/// </summary>
internal static partial class ResultWorkbookReader
{
    /// <summary>How far down the header may start: below that, the sheet is not the table described.</summary>
    private const int HeaderSearchRows = 30;

    static ResultWorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The data's header cells, its unit rows and its "Tổng cộng" row; null, with the error reported, when the file cannot be read.</summary>
    public static WorkbookTable? Read(string path, string display, string? sheetName, SourceLocation sheetAt,
        IReadOnlyCollection<string> names, Diagnostics diagnostics)
    {
        Sheet? sheet;
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            sheet = FindSheet(reader, sheetName, out var sheetNames);
            if (sheet is null)
            {
                diagnostics.Add(ContentErrors.UnknownSheet(sheetAt, sheetName!, sheetNames));
                return null;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or InvalidOperationException or FormatException)
        {
            diagnostics.Add(ContentErrors.UnreadableWorkbook(display, e.Message));
            return null;
        }

        return Table(sheet, display, names, diagnostics);
    }

    private static Sheet? FindSheet(IExcelDataReader reader, string? wanted, out List<string> sheetNames)
    {
        sheetNames = [];
        do
        {
            sheetNames.Add(reader.Name);
            if (wanted is null || string.Equals(reader.Name.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return ReadSheet(reader);
            }
        }
        while (reader.NextResult());

        return null;
    }

    private static Sheet ReadSheet(IExcelDataReader reader)
    {
        var rows = new List<Cell?[]>();
        while (reader.Read())
        {
            if (rows.Count > ContentLimits.CsvRows + HeaderSearchRows)
            {
                break;
            }

            var cells = new Cell?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Read(reader, i);
            }

            rows.Add(cells);
        }

        return new Sheet(reader.Name, rows, reader.MergeCells ?? []);
    }

    private static Cell? Read(IExcelDataReader reader, int i)
    {
        switch (reader.GetValue(i))
        {
            case null:
                return null;
            case string s:
                var text = Collapse(VietnameseText.Nfc(s));
                return text.Length == 0 ? null : new Cell(text, null);
            case double d when double.IsFinite(d):
                // A cell formatted as a percentage holds 0.9801 and shows 98,01%: the table means what it shows.
                var percent = reader.GetNumberFormatString(i)?.Contains('%', StringComparison.Ordinal) == true;
                var value = (decimal)d * (percent ? 100 : 1);
                return new Cell(VietnameseNumber.Format(value), value);
            case int n:
                return new Cell(VietnameseNumber.Format(n), n);
            case DateTime date:
                return new Cell(date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), null);
            case var other:
                var shown = Collapse(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                return shown.Length == 0 ? null : new Cell(shown, null);
        }
    }

    private static WorkbookTable Table(Sheet sheet, string display, IReadOnlyCollection<string> names, Diagnostics diagnostics)
    {
        SourceLocation At(int row, int column) => new(display, row + 1, column + 1, $"{sheet.Name}!{ColumnName(column)}{row + 1}");

        var top = HeaderRow(sheet.Rows, names);
        if (top < 0)
        {
            diagnostics.Add(ContentErrors.NoWorkbookHeader(new SourceLocation(display, 1, 1, $"{sheet.Name}!A1"), names));
            return new WorkbookTable([], [], null);
        }

        // A header cell merged down over the rows below makes them part of the header, as does a row naming a
        // described column ("Kết quả" over "Chiều dài" and "Kế hoạch").
        var bottom = top;
        foreach (var merge in sheet.Merges.Where(m => m.FromRow == top))
        {
            bottom = Math.Max(bottom, Math.Min(merge.ToRow, top + 3));
        }

        while (bottom + 1 < sheet.Rows.Count && bottom < top + 3 && sheet.Rows[bottom + 1].Any(c => c is not null && names.Contains(c.Text)))
        {
            bottom++;
        }

        var width = sheet.Rows.Skip(top).Take(bottom - top + 1).Max(r => r.Length);
        var header = new List<RawCell>();
        var columns = new List<(int Index, string Name)>();
        for (var c = 0; c < width; c++)
        {
            for (var r = bottom; r >= top; r--)
            {
                if (CellAt(sheet.Rows[r], c) is { Number: null } named)
                {
                    if (!IsNumberColumn(named.Text))
                    {
                        header.Add(new RawCell(named.Text, At(r, c)));
                        columns.Add((c, named.Text));
                    }

                    break;
                }
            }
        }

        var rows = new List<RawRow>();
        RawRow? total = null;
        var first = bottom + 1;
        if (first < sheet.Rows.Count && IsColumnNumbering(sheet.Rows[first]))
        {
            first++;
        }

        for (var r = first; r < sheet.Rows.Count && rows.Count <= ContentLimits.CsvRows; r++)
        {
            var row = sheet.Rows[r];
            var cells = new Dictionary<string, RawCell>(StringComparer.Ordinal);
            foreach (var (index, name) in columns)
            {
                if (CellAt(row, index) is { } cell)
                {
                    cells.TryAdd(name, new RawCell(cell.Text, At(r, index), cell.Number));
                }
            }

            if (row.All(c => c is null))
            {
                // A blank row ends the table, unless its total follows: below it come notes and the signature.
                if (rows.Count > 0 && !NextRowIsTotal(sheet.Rows, r))
                {
                    break;
                }

                continue;
            }

            var at = At(r, columns.Count > 0 ? columns[0].Index : 0);
            if (row.Any(c => c is { Number: null } && TotalLabel().IsMatch(SearchFold.Fold(c.Text))))
            {
                total = new RawRow(at, cells);
                continue;
            }

            if (cells.Count > 0)
            {
                rows.Add(new RawRow(at, cells));
            }
        }

        return new WorkbookTable(header, rows, total);
    }

    private static bool NextRowIsTotal(List<Cell?[]> rows, int blank)
    {
        var next = rows.Skip(blank + 1).FirstOrDefault(r => r.Any(c => c is not null));
        return next is not null && next.Any(c => c is { Number: null } && TotalLabel().IsMatch(SearchFold.Fold(c.Text)));
    }

    // The header is the first row naming the unit column or a described column; failing that, the first row of
    // two text cells or more (so the reader can say which column it did not find).
    private static int HeaderRow(List<Cell?[]> rows, IReadOnlyCollection<string> names)
    {
        var limit = Math.Min(rows.Count, HeaderSearchRows);
        for (var r = 0; r < limit; r++)
        {
            if (rows[r].Any(c => c is not null && names.Contains(c.Text)))
            {
                return r;
            }
        }

        for (var r = 0; r < limit; r++)
        {
            if (rows[r].Count(c => c is { Number: null }) >= 2)
            {
                return r;
            }
        }

        return -1;
    }

    private static Cell? CellAt(Cell?[] row, int column) => column < row.Length ? row[column] : null;

    // "STT", "TT", "Số TT": the row's number in the table, not a figure of the unit.
    private static bool IsNumberColumn(string name) => SearchFold.Fold(name).Replace(".", "", StringComparison.Ordinal) is "stt" or "tt" or "so tt" or "so thu tu";

    // The row under the header that numbers the columns: "(1) (2) (3)", "A B 1 2", "3=1+2".
    private static bool IsColumnNumbering(Cell?[] row)
    {
        var cells = row.OfType<Cell>().ToList();
        return cells.Count >= 2 && cells.All(c => ColumnCode().IsMatch(c.Text));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>"A", "Z", "AA": a column's letters.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\(?[0-9A-Za-z]{1,3}(\s*[=+\-*/x]\s*\(?[0-9A-Za-z]{1,3}\)?)*\)?$")]
    private static partial Regex ColumnCode();

    // Folded: "Tổng cộng", "Cộng", "Tổng", "Tổng số", "Cộng toàn huyện", each with an optional ":".
    [GeneratedRegex(@"^(tong cong|tong so|tong|cong)( toan (huyen|tinh|xa|thanh pho|thi xa|thi tran))?\s*:?$")]
    private static partial Regex TotalLabel();

    private sealed record Cell(string Text, decimal? Number);

    private sealed record Sheet(string Name, List<Cell?[]> Rows, CellRange[] Merges);
}

/// <summary>What a sheet holds: the header cells, the unit rows, and the "Tổng cộng" row when there is one.</summary>
internal sealed record WorkbookTable(IReadOnlyList<RawCell> Header, IReadOnlyList<RawRow> Rows, RawRow? Total);
