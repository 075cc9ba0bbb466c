namespace RaQuan.Documents;

/// <summary>Writes a pipe table (GitHub/Markdig syntax): header row, delimiter row, data rows.</summary>
internal static class MarkdownTable
{
    public static string Write(IReadOnlyList<IReadOnlyList<string>> cells, MarkdownInline inline)
    {
        var builder = new StringBuilder();
        for (var r = 0; r < cells.Count; r++)
        {
            builder.Append('|');
            foreach (var cell in cells[r])
            {
                builder.Append(' ').Append(inline.Cell(cell)).Append(" |");
            }

            builder.Append('\n');
            if (r == 0)
            {
                builder.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", cells[0].Count))).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }
}
