namespace RaQuan.Model;

/// <summary>A unit merged into another on a date; its old documents stay under it.</summary>
/// <param name="UnitAt">Where <c>merged_into.unit</c> is written.</param>
/// <param name="DateAt">Where <c>merged_into.date</c> is written.</param>
public sealed record UnitMerger(string UnitSlug, DateOnly Date, SourceLocation UnitAt, SourceLocation DateAt)
{
    /// <summary>The unit merged into, resolved when the site is assembled.</summary>
    public Unit? Target { get; internal set; }
}
