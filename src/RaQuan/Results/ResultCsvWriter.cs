using CsvHelper;
using RaQuan.Output;

namespace RaQuan.Results;

/// <summary>
/// The clean data of a table as CSV: UTF-8 with a byte order mark (without it Excel reads Vietnamese as mojibake),
/// a header row, one row per unit, figures with a decimal comma and no thousands separator ("1872,8"), quoted by the
/// writer; an empty cell is no data. Every cell goes through <see cref="SpreadsheetCell"/>, headings and figures
/// included, so no column can carry a formula.
/// </summary>
internal static class ResultCsvWriter
{
    public const string CodeHeading = "Mã đơn vị hành chính";

    public static byte[] Write(ResultTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            Cell(csv, table.UnitHeading);
            Cell(csv, CodeHeading);
            foreach (var column in table.Columns)
            {
                Cell(csv, column.Name);
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                Cell(csv, row.Unit.Title);
                Cell(csv, row.Unit.Code ?? "", CsvQuoting.Always);
                foreach (var column in table.Columns)
                {
                    Cell(csv, row[column] is { } v ? VietnameseNumber.FormatPlain(v) : "");
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    private static void Cell(CsvWriter csv, string text) => csv.WriteField(SpreadsheetCell.Neutralize(text));

    private static void Cell(CsvWriter csv, string text, CsvQuoting quoting) => csv.WriteField(SpreadsheetCell.Neutralize(text), quoting);
}
