namespace RaQuan.Documents;

/// <summary>A table with its header cells and data rows (header repeats after page breaks removed).</summary>
public sealed record DocumentTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
