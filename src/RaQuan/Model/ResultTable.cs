namespace RaQuan.Model;

/// <summary>
/// Results reported by units after a campaign, from <c>results/NAME.csv</c> and its sidecar <c>NAME.yml</c>.
/// Figures are exact decimals; totals and roll-ups are computed here so every output agrees.
/// </summary>
public sealed class ResultTable
{
    /// <summary>Places of a mean and of a percentage achieved: enough to compare, few enough to read.</summary>
    public const int AverageDecimals = 2;

    public const int PercentDecimals = 1;

    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Period { get; init; }
    public string? Notes { get; init; }
    public Plan? SourcePlan { get; init; }

    /// <summary>The header of the column that names the unit: "Đơn vị".</summary>
    public required string UnitHeading { get; init; }

    public required IReadOnlyList<ResultColumn> Columns { get; init; }

    /// <summary>The column the bar chart draws; null when the table has no figure columns.</summary>
    public ResultColumn? ChartColumn { get; init; }

    /// <summary>Rows in the order of the file.</summary>
    public required IReadOnlyList<ResultRow> Rows { get; init; }

    public required SourceLocation Source { get; init; }

    public ResultRow? RowOf(Unit unit) => Rows.FirstOrDefault(r => r.Unit == unit);

    /// <summary>Whether the unit or a unit under it has a row.</summary>
    public bool Covers(Unit unit) => Rows.Any(r => r.Unit == unit || r.Unit.Ancestors.Contains(unit));

    /// <summary>
    /// A unit's figure: its own cell when given; else, for a column that sums, the sum of its children's figures
    /// (each found the same way, so communes roll up into districts and districts into the province). Null when
    /// neither the unit nor any unit under it reports.
    /// </summary>
    public decimal? ValueOf(Unit unit, ResultColumn column)
    {
        if (RowOf(unit)?[column] is { } own)
        {
            return own;
        }

        if (column.Aggregate != ResultAggregate.Sum)
        {
            return null;
        }

        decimal? sum = null;
        foreach (var child in unit.Children)
        {
            if (ValueOf(child, column) is { } value)
            {
                sum = (sum ?? 0) + value;
            }
        }

        return sum;
    }

    /// <summary>True when <see cref="ValueOf"/> adds up units below rather than reading the unit's own cell.</summary>
    public bool IsRolledUp(Unit unit, ResultColumn column) => RowOf(unit)?[column] is null && ValueOf(unit, column) is not null;

    /// <summary>
    /// The totals row. A sum is the roll-up of the top units (so a district row and its communes' rows are not
    /// counted twice); a mean is over every row that reports. Reporting counts rows with a figure.
    /// </summary>
    public ResultTotal Total(ResultColumn column)
    {
        var reporting = Rows.Count(r => r[column] is not null);
        var value = column.Aggregate switch
        {
            ResultAggregate.Sum => Tops().Aggregate((decimal?)null, (sum, unit) => ValueOf(unit, column) is { } v ? (sum ?? 0) + v : sum),
            ResultAggregate.Average when reporting > 0 =>
                Math.Round(Rows.Sum(r => r[column] ?? 0) / reporting, AverageDecimals, MidpointRounding.AwayFromZero),
            _ => null,
        };
        return new ResultTotal(value, reporting);
    }

    /// <summary>Result as a percentage of target, to one decimal place; null without both figures or with a zero target.</summary>
    public static decimal? PercentOf(decimal? result, decimal? target) =>
        result is { } r && target is { } t && t != 0
            ? Math.Round(r * 100 / t, PercentDecimals, MidpointRounding.AwayFromZero)
            : null;

    // The highest unit of each branch that holds rows: the roots of the rows' units.
    private IEnumerable<Unit> Tops() => Rows.Select(r => r.Unit.Ancestors.FirstOrDefault() ?? r.Unit).Distinct();
}
