namespace RaQuan.Model;

/// <summary>A place in a content file, for error messages: path relative to the site folder, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
