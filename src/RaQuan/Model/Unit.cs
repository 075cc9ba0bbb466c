namespace RaQuan.Model;

/// <summary>An administrative unit: a node of the tree in <c>units.yml</c>.</summary>
public sealed class Unit
{
    public required string Name { get; init; }
    public required UnitKind Kind { get; init; }
    public required string Slug { get; init; }
    public string? Code { get; init; }
    public UnitMerger? MergedInto { get; init; }
    public required SourceLocation Source { get; init; }
    public Unit? Parent { get; internal set; }
    public IReadOnlyList<Unit> Children { get; internal set; } = [];

    // Both made once (name and kind never change): every page names its units.

    /// <summary>"huyện Kon Rẫy", as it reads inside a sentence.</summary>
    public string FullName => field ??= $"{Kind.Name()} {Name}";

    /// <summary>"Huyện Kon Rẫy", as it reads in a heading.</summary>
    public string Title => field ??= char.ToUpperInvariant(FullName[0]) + FullName[1..];

    /// <summary>Its administrative level: a commune is <see cref="UnitTier.Commune"/> under a district or directly under a province.</summary>
    public UnitTier Tier => UnitKinds.Tier(Kind, Parent);

    /// <summary>The units merged into this one, in the order of <c>units.yml</c>; set when the site is assembled.</summary>
    public IReadOnlyList<Unit> Predecessors { get; internal set; } = [];

    /// <summary>
    /// This unit or the first of its ancestors that had been merged into another by <paramref name="date"/>, with its
    /// merger: a unit of the old map on that date. Null when the unit was still on the map.
    /// </summary>
    public (Unit Unit, UnitMerger Merger)? MergedBy(DateOnly date)
    {
        for (var u = this; u is not null; u = u.Parent)
        {
            if (u.MergedInto is { } merger && merger.Date <= date)
            {
                return (u, merger);
            }
        }

        return null;
    }

    /// <summary>1 for a root unit, 2 below it, and so on.</summary>
    public int Depth => Parent is null ? 1 : Parent.Depth + 1;

    /// <summary>This unit's ancestors from the root down, excluding itself.</summary>
    public IReadOnlyList<Unit> Ancestors
    {
        get
        {
            var list = new List<Unit>();
            for (var u = Parent; u is not null; u = u.Parent)
            {
                list.Add(u);
            }

            list.Reverse();
            return list;
        }
    }

    /// <summary>This unit and every unit below it.</summary>
    public IEnumerable<Unit> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var u in child.SelfAndDescendants())
            {
                yield return u;
            }
        }
    }

    public override string ToString() => FullName;
}
