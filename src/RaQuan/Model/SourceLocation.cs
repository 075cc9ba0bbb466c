namespace RaQuan.Model;

/// <summary>
/// A place in a content file, for error messages: path relative to the site folder, 1-based line and column; in a
/// workbook, <paramref name="Cell"/> names the cell as Excel shows it ("Sheet1!F9"), and Line and Column are its row
/// and column numbers.
/// </summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0, string? Cell = null)
{
    public override string ToString() =>
        Cell is not null ? $"{File}: {Cell}" : Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
