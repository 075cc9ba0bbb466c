namespace RaQuan.Units;

/// <summary>Links each <c>merged_into</c> to its unit and checks that the mergers make sense.</summary>
internal static class UnitMergers
{
    /// <summary>
    /// Sets <see cref="UnitMerger.Target"/> and <see cref="Unit.Predecessors"/>; reports a merger into a unit that is
    /// not there, one that comes back to where it started, and one dated after <paramref name="today"/>.
    /// </summary>
    public static void Resolve(List<Unit> units, Dictionary<string, Unit> bySlug, DateOnly today, Diagnostics diagnostics)
    {
        var predecessors = new Dictionary<Unit, List<Unit>>();
        foreach (var unit in units)
        {
            if (unit.MergedInto is not { } merger)
            {
                continue;
            }

            if (!bySlug.TryGetValue(merger.UnitSlug, out var target))
            {
                diagnostics.Add(ContentErrors.UnknownUnit(merger.UnitAt, merger.UnitSlug, bySlug.Keys));
                continue;
            }

            if (merger.Date > today)
            {
                diagnostics.Add(ContentErrors.MergerInFuture(merger.DateAt, unit, merger.Date, today));
            }

            merger.Target = target;
            if (!predecessors.TryGetValue(target, out var list))
            {
                predecessors[target] = list = [];
            }

            list.Add(unit);
        }

        foreach (var unit in units)
        {
            if (Cycle(unit) is { } cycle)
            {
                diagnostics.Add(ContentErrors.MergerCycle(unit.MergedInto!.UnitAt, cycle));
            }
        }

        foreach (var (target, list) in predecessors)
        {
            target.Predecessors = list;
        }
    }

    /// <summary>
    /// The units from <paramref name="start"/> back to itself when following mergers comes back to it: a unit merged
    /// into itself, into a unit under it, or units merged into each other.
    /// </summary>
    private static List<Unit>? Cycle(Unit start)
    {
        if (start.MergedInto?.Target is not { } first)
        {
            return null;
        }

        var path = new List<Unit> { start };
        var visited = new HashSet<Unit> { start };
        for (Unit? u = first; u is not null;)
        {
            if (u == start || u.Ancestors.Contains(start))
            {
                path.Add(u);
                return path;
            }

            if (!visited.Add(u))
            {
                return null; // a cycle that does not pass through start: reported at its own units
            }

            path.Add(u);
            u = u.MergedInto?.Target;
        }

        return null;
    }
}
