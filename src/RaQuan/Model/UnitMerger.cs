namespace RaQuan.Model;

/// <summary>A unit merged into another on a date; its old documents stay under it.</summary>
public sealed record UnitMerger(string UnitSlug, DateOnly Date)
{
    /// <summary>The unit merged into, resolved when the site is assembled.</summary>
    public Unit? Target { get; internal set; }
}
