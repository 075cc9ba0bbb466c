namespace RaQuan.Documents;

/// <summary>
/// Tables pasted from Word arrive as tab-separated lines. A page break splits them: a blank line, then the header
/// row again (or the numbering simply goes on). Both halves are one table.
/// </summary>
internal static class TableReader
{
    public static List<TableSpan> Read(IReadOnlyList<SourceLine> lines, int from, int to, List<string> warnings)
    {
        var spans = new List<TableSpan>();
        var i = from;
        while (i < to)
        {
            if (!IsRow(lines[i]))
            {
                i++;
                continue;
            }

            var header = Cells(lines[i]);
            var rows = new List<List<string>>();
            var end = ReadRows(lines, i + 1, to, rows);
            while (true)
            {
                var next = end;
                while (next < to && lines[next].IsBlank)
                {
                    next++;
                }

                if (next >= to || !IsRow(lines[next]))
                {
                    break;
                }

                var first = Cells(lines[next]);
                if (SameCells(first, header))
                {
                    end = ReadRows(lines, next + 1, to, rows);
                }
                else if (first.Count == header.Count && ContinuesNumbering(rows, first))
                {
                    end = ReadRows(lines, next, to, rows);
                }
                else
                {
                    break;
                }
            }

            spans.Add(Span(lines, i, end, header, rows, warnings));
            i = end;
        }

        return spans;
    }

    public static bool IsRow(SourceLine line) =>
        line.Text.Contains('\t', StringComparison.Ordinal) && Cells(line).Count(c => c.Length > 0) >= 2;

    private static int ReadRows(IReadOnlyList<SourceLine> lines, int i, int to, List<List<string>> rows)
    {
        for (; i < to && IsRow(lines[i]); i++)
        {
            rows.Add(Cells(lines[i]));
        }

        return i;
    }

    private static TableSpan Span(
        IReadOnlyList<SourceLine> lines, int start, int end, List<string> header, List<List<string>> rows, List<string> warnings)
    {
        var fitted = new List<IReadOnlyList<string>>(rows.Count);
        foreach (var row in rows)
        {
            while (row.Count > header.Count && row[^1].Length == 0)
            {
                row.RemoveAt(row.Count - 1);
            }

            if (row.Count > header.Count)
            {
                warnings.Add(DocumentWarnings.RaggedRow(lines[start].Number, row.Count, header.Count));
                row[header.Count - 1] = string.Join(' ', row.Skip(header.Count - 1));
                row.RemoveRange(header.Count, row.Count - header.Count);
            }

            while (row.Count < header.Count)
            {
                row.Add("");
            }

            fitted.Add(row);
        }

        var table = new DocumentTable(
            header.Select(SourceText.ToPlain).ToList(),
            fitted.Select(r => (IReadOnlyList<string>)r.Select(SourceText.ToPlain).ToList()).ToList());
        return new TableSpan(start, end, table, [header, .. fitted]);
    }

    private static List<string> Cells(SourceLine line) =>
        line.Text.Split('\t').Select(c => c.Trim()).ToList();

    private static bool SameCells(List<string> a, List<string> b) =>
        a.Count == b.Count && a.Zip(b).All(p => string.Equals(SourceText.ToPlain(p.First), SourceText.ToPlain(p.Second), StringComparison.OrdinalIgnoreCase));

    private static bool ContinuesNumbering(List<List<string>> rows, List<string> first) =>
        rows.Count > 0
        && int.TryParse(rows[^1][0], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
        && int.TryParse(first[0], NumberStyles.None, CultureInfo.InvariantCulture, out var next)
        && next == last + 1;
}
