namespace RaQuan.Documents;

/// <summary>
/// Where a table sits: lines <paramref name="Start"/> to <paramref name="End"/> (exclusive), page-break continuations
/// included. <paramref name="Cells"/> keeps the cells as written (for Markdown); the table's cells are plain text.
/// </summary>
internal sealed record TableSpan(int Start, int End, DocumentTable Table, IReadOnlyList<IReadOnlyList<string>> Cells);
