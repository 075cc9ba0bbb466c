namespace RaQuan.Results;

/// <summary>The assemble step for result tables: unit names become units, the source plan slug a plan.</summary>
internal static class ResultAssembler
{
    public static IReadOnlyList<ResultTable> Assemble(
        IReadOnlyList<ResultSource> sources, IReadOnlyList<Unit> units, IReadOnlyList<Plan> published, IReadOnlyCollection<string> allPlanSlugs, Diagnostics diagnostics)
    {
        var matcher = new UnitNameMatcher(units);
        var tables = new List<ResultTable>();
        foreach (var source in sources)
        {
            if (source.PlanSlug is { } slug && !allPlanSlugs.Contains(slug))
            {
                diagnostics.Add(ContentErrors.UnknownPlan(source.PlanAt, slug, allPlanSlugs));
            }

            var table = new ResultTable
            {
                Slug = source.Slug,
                Title = source.Title,
                Period = source.Period,
                Notes = source.Notes,
                SourcePlan = published.FirstOrDefault(p => p.Slug == source.PlanSlug),
                UnitHeading = source.UnitHeading,
                Columns = source.Columns,
                ChartColumn = source.ChartColumn,
                Rows = Rows(source, matcher, diagnostics),
                Source = source.Source,
            };
            tables.Add(table);
            CheckTotals(source, table, diagnostics);
        }

        return [.. tables.OrderBy(t => t.Title, VietnameseCollation.Comparer)];
    }

    private static List<ResultRow> Rows(ResultSource source, UnitNameMatcher matcher, Diagnostics diagnostics)
    {
        var candidates = source.Rows.Select(r => matcher.Candidates(r.UnitName)).ToList();

        // A bare name that fits several units ("Đắk Hà": the district or its town) takes the level of the table's
        // other rows when they all agree: a table of districts means the district.
        var levels = candidates.Where(c => c.Count == 1).Select(c => c[0].Depth).Distinct().ToList();
        var rows = new List<ResultRow>();
        var seen = new Dictionary<Unit, SourceLocation>();
        for (var i = 0; i < source.Rows.Count; i++)
        {
            var (row, found) = (source.Rows[i], candidates[i]);
            if (found.Count > 1 && levels.Count == 1)
            {
                found = found.Where(u => u.Depth == levels[0]).ToList();
            }

            switch (found.Count)
            {
                case 0:
                    diagnostics.Add(ContentErrors.UnknownResultUnit(row.UnitAt, row.UnitName, matcher.Suggest(row.UnitName)));
                    continue;
                case > 1:
                    diagnostics.Add(ContentErrors.AmbiguousResultUnit(row.UnitAt, row.UnitName, found.Select(u => $"{u.Title}{Within(u)}")));
                    continue;
            }

            if (!seen.TryAdd(found[0], row.UnitAt))
            {
                diagnostics.Add(ContentErrors.DuplicateResultRow(row.UnitAt, found[0].Title, seen[found[0]]));
                continue;
            }

            rows.Add(new ResultRow(found[0], row.Values, row.UnitAt));
        }

        return rows;
    }

    // A "Tổng cộng" row typed in the data is not a unit: the page computes its own totals, and a typed one that
    // differs says a figure or the total is wrong.
    private static void CheckTotals(ResultSource source, ResultTable table, Diagnostics diagnostics)
    {
        foreach (var typed in source.TypedTotals.Where(t => t.Column.Aggregate == ResultAggregate.Sum))
        {
            if (table.Total(typed.Column).Value is { } computed && computed != typed.Value)
            {
                diagnostics.Add(ContentErrors.TotalMismatch(typed.At, typed.Value, computed));
            }
        }
    }

    private static string Within(Unit unit) => unit.Parent is { } parent ? $" ({parent.FullName})" : "";
}
