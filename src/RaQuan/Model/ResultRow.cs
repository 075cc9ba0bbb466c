namespace RaQuan.Model;

/// <summary>One unit's figures; a null value is "no data", which is not zero.</summary>
public sealed record ResultRow(Unit Unit, IReadOnlyList<decimal?> Values, SourceLocation Source)
{
    public decimal? this[ResultColumn column] => Values[column.Index];
}
