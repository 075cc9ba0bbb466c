using CsvHelper;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Text;

namespace RaQuan.Rendering.Results;

/// <summary>
/// The clean data of a table as CSV: UTF-8 with a byte order mark (without it Excel reads Vietnamese as mojibake),
/// a header row, one row per unit, figures with a decimal comma and no thousands separator ("1872,8"), quoted by the
/// writer; an empty cell is no data.
/// </summary>
internal static class ResultCsvWriter
{
    public const string CodeHeading = "Mã đơn vị hành chính";

    public static byte[] Write(ResultTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteField(SpreadsheetCell.Neutralize(table.UnitHeading));
            csv.WriteField(CodeHeading);
            foreach (var column in table.Columns)
            {
                csv.WriteField(SpreadsheetCell.Neutralize(column.Name));
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                csv.WriteField(SpreadsheetCell.Neutralize(row.Unit.Title));
                csv.WriteField(row.Unit.Code ?? "", CsvQuoting.Always);
                foreach (var column in table.Columns)
                {
                    csv.WriteField(row[column] is { } v ? VietnameseNumber.FormatPlain(v) : "");
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
