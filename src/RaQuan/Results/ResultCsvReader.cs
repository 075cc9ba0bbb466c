using CsvHelper;
using RaQuan.Loading;

namespace RaQuan.Results;

/// <summary>
/// Reads the data of a result table: a header row, then one row per unit. The separator (",", ";" or tab) is
/// detected, so a file saved by Excel with Vietnamese settings reads as well as a hand-written one.
/// </summary>
internal static class ResultCsvReader
{
    public static (IReadOnlyList<RawCell> Header, IReadOnlyList<RawRow> Rows) Read(string text, string file, Diagnostics diagnostics)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = m =>
            {
                if (m.Reason != CsvMalformedReason.FieldCountMismatch)
                {
                    diagnostics.Add(ContentErrors.MalformedCsv(new SourceLocation(file, (int)m.LineNumber), Describe(m.Reason)));
                }
            },
        };

        using var reader = CsvReader.FromText(text, options);
        if (!reader.Read())
        {
            return ([], []);
        }

        // The header is read as a record, so its cells have positions like any other.
        var header = Cells(reader, file);
        var names = header.Select(c => c.Text).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in header.Where(c => !seen.Add(c.Text)))
        {
            diagnostics.Add(ContentErrors.DuplicateColumn(cell.At, cell.Text));
        }

        var rows = new List<RawRow>();
        var records = 0;
        while (reader.Read())
        {
            if (++records > ContentLimits.CsvRows)
            {
                diagnostics.Add(ContentErrors.TooManyResultRows(new SourceLocation(file, (int)reader.LineNumber, 1)));
                break;
            }

            var cells = Cells(reader, file);
            if (cells.Count != header.Count)
            {
                var at = cells.Count > header.Count ? cells[header.Count].At : cells[^1].At;
                diagnostics.Add(ContentErrors.RaggedRow(at, cells.Count, header.Count));
                continue;
            }

            var byName = new Dictionary<string, RawCell>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Count; i++)
            {
                byName.TryAdd(names[i], cells[i]);
            }

            rows.Add(new RawRow(cells[0].At, byName));
        }

        return (header, rows);
    }

    // Positions come from the raw bytes of each field: the fields before it, plus one separator each.
    private static List<RawCell> Cells(CsvReader reader, string file)
    {
        var cells = new List<RawCell>(reader.FieldCount);
        var (line, column) = ((int)reader.LineNumber, 1);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            cells.Add(new RawCell(reader.GetString(i).Trim(), new SourceLocation(file, line, column)));
            var raw = Encoding.UTF8.GetString(reader.GetRawSpan(i));
            var lastBreak = raw.LastIndexOf('\n');
            (line, column) = lastBreak < 0
                ? (line, column + raw.Length + 1)
                : (line + raw.Count(c => c == '\n'), raw.Length - lastBreak + 1);
        }

        return cells;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => Messages.CsvStrayQuote,
        CsvMalformedReason.TextAfterClosingQuote => Messages.CsvTextAfterClosingQuote,
        CsvMalformedReason.UnterminatedQuote => Messages.CsvUnterminatedQuote,
        _ => reason.ToString(),
    };
}
