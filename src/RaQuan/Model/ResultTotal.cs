namespace RaQuan.Model;

/// <summary>A column's total (or mean) and how many units reported a figure for it.</summary>
public readonly record struct ResultTotal(decimal? Value, int Reporting);
