using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RaQuan.Tests.Support;

/// <summary>A formula cell with the value Excel saved beside it.</summary>
internal sealed record Formula(string Text, double Cached);

/// <summary>A cell shown as a percentage: Excel stores 0.98 for 98%.</summary>
internal sealed record Percent(double Value);

/// <summary>Writes .xlsx workbooks for tests: sheets of rows (string, number, <see cref="Formula"/>, <see cref="Percent"/> or null) with merged ranges.</summary>
internal static class Workbooks
{
    public static void Write(string path, params (string Name, object?[][] Rows, string[] Merges)[] sheets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 2 });
        uint id = 1;
        foreach (var (name, rows, merges) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (Cell(rows[r][c], $"{Column(c)}{r + 1}") is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            if (merges.Length > 0)
            {
                part.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(s)) },
        Formula f => new Cell { CellReference = reference, CellFormula = new CellFormula(f.Text), CellValue = new CellValue(f.Cached) },
        Percent p => new Cell { CellReference = reference, CellValue = new CellValue(p.Value), StyleIndex = 1 },
        _ => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) },
    };

    private static string Column(int index) => ((char)('A' + index)).ToString();
}
