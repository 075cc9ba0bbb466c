using CsvHelper;
using RaQuan.Loading;

namespace RaQuan.Ceremonies;

/// <summary>
/// Reads <c>ceremonies/*.csv</c>: a header line, then one ceremony per row. Headers may be the field names or the
/// Vietnamese column titles of the plans' appendices ("Đơn vị, Thời gian, Địa điểm, Nội dung, Quy mô"). Sheets saved
/// with a Vietnamese locale separate cells with ";", so the separator is detected.
/// </summary>
internal static class CeremonyCsv
{
    private static readonly (string Key, string Vietnamese, string[] Folded)[] Columns =
    [
        ("unit", "Đơn vị", ["don vi", "dia phuong", "huyen, thanh pho"]),
        ("start", "Thời gian", ["thoi gian", "bat dau", "ngay gio"]),
        ("end", "Kết thúc", ["ket thuc"]),
        ("duration", "Thời lượng", ["thoi luong"]),
        ("place", "Địa điểm", ["dia diem", "dia diem to chuc", "dia diem to chuc ra quan"]),
        ("content", "Nội dung", ["noi dung"]),
        ("scale", "Quy mô", ["quy mo"]),
        ("plan", "Kế hoạch", ["ke hoach"]),
        ("contact", "Liên hệ", ["lien he"]),
        ("status", "Trạng thái", ["trang thai"]),
        ("postponed_to", "Hoãn đến", ["hoan den", "thoi gian moi"]),
        ("updated", "Cập nhật", ["cap nhat"]),
        ("title", "Tên", ["ten", "tieu de", "ten buoi le"]),
        ("slug", "slug", []),
    ];

    // Row numbers are a habit of Vietnamese tables; they carry nothing a ceremony needs.
    private static readonly string[] Ignored = ["tt", "stt"];

    public static IEnumerable<CeremonySource> Read(string fullPath, ContentPaths paths, Diagnostics diagnostics)
    {
        var display = paths.Display(fullPath);
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        var result = new List<CeremonySource>();
        if (TextFiles.Load(fullPath, display, diagnostics) is not { } text)
        {
            return result;
        }

        using var reader = CsvReader.FromText(text, options);
        try
        {
            reader.ReadHeader();

            // The header is not a current record, so its raw text is taken from the file: its first line with text.
            var headerLine = text.Split('\n').Select((l, i) => (Text: l, Number: i + 1)).FirstOrDefault(l => l.Text.Trim().Length > 0);
            var header = ReadHeader(reader, headerLine, display, diagnostics);
            var rows = 0;
            while (reader.Read())
            {
                if (++rows > ContentLimits.CsvRows)
                {
                    diagnostics.Add(ContentErrors.TooManyCeremonyRows(new SourceLocation(display, (int)reader.LineNumber, 1)));
                    break;
                }

                if (ReadRow(reader, header, display, diagnostics) is { } ceremony)
                {
                    result.Add(ceremony);
                }
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Add(ContentErrors.InvalidCsv(new SourceLocation(display, (int)e.LineNumber, 1), e.Message.Split('\n')[0]));
        }

        return result;
    }

    private static string?[] ReadHeader(CsvReader reader, (string Text, int Number) raw, string display, Diagnostics diagnostics)
    {
        var cells = reader.Headers.ToArray();
        var columns = CellColumns(raw.Text ?? "", reader.Separator);
        var line = Math.Max(1, raw.Number);
        var keys = new string?[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var folded = SearchFold.Fold(cells[i]).Trim();
            if (folded.Length == 0 || Ignored.Contains(folded))
            {
                continue;
            }

            var match = Columns.FirstOrDefault(c => c.Key == folded || c.Folded.Contains(folded));
            if (match.Key is null)
            {
                diagnostics.Add(ContentErrors.CsvUnknownColumn(new SourceLocation(display, line, Column(columns, i)), cells[i].Trim(),
                    Columns.Select(c => c.Vietnamese)));
            }

            keys[i] = match.Key;
        }

        foreach (var (key, vietnamese, _) in Columns.Take(2))
        {
            if (!keys.Contains(key))
            {
                diagnostics.Add(ContentErrors.CsvMissingColumn(new SourceLocation(display, line, 1), key, vietnamese));
            }
        }

        return keys;
    }

    private static CeremonySource? ReadRow(CsvReader reader, string?[] header, string display, Diagnostics diagnostics)
    {
        var cells = Enumerable.Range(0, reader.FieldCount).Select(i => VietnameseText.Nfc(reader.GetString(i) ?? "").Trim()).ToArray();
        var row = new SourceLocation(display, (int)reader.LineNumber, 1);
        if (cells.All(c => c.Length == 0))
        {
            return null;
        }

        var columns = CellColumns(System.Text.Encoding.UTF8.GetString(reader.RawRecord), reader.Separator);
        if (cells.Length != header.Length)
        {
            // Missing cells belong at the end of the row; extra ones start at the first cell past the header.
            var at = row with { Column = cells.Length < header.Length ? System.Text.Encoding.UTF8.GetCharCount(reader.RawRecord) + 1 : Column(columns, header.Length) };
            diagnostics.Add(ContentErrors.CsvMissingColumns(at, cells.Length, header.Length));
            return null;
        }

        string? Text(string key) => Array.IndexOf(header, key) is var i and >= 0 && cells[i].Length > 0 ? cells[i] : null;

        SourceLocation At(string key) => Array.IndexOf(header, key) is var i and >= 0 ? row with { Column = Column(columns, i) } : row;

        var updated = Text("updated") is { } u ? new[] { (u, At("updated")) } : [];
        return new CeremonyFields(Text, At, diagnostics).Read(row, [], updated);
    }

    private static int Column(List<int> columns, int cell) => columns[Math.Clamp(cell, 0, columns.Count - 1)];

    /// <summary>1-based character column where each cell of a raw record starts, quotes respected.</summary>
    private static List<int> CellColumns(string raw, char separator)
    {
        var starts = new List<int> { 1 };
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && raw[i] == separator)
            {
                starts.Add(i + 2);
            }
        }

        return starts;
    }
}
