namespace RaQuan.Rendering.Pages;

/// <summary>A result table's page: the table, its chart and its downloads.</summary>
public sealed record ResultPageModel : PageModel
{
    public override PageKind Kind => PageKind.Result;
    public required ResultTable Table { get; init; }

    /// <summary>The bar chart as an inline SVG element; empty when there is nothing to draw.</summary>
    public required string ChartSvg { get; init; }

    /// <summary>Downloads of the data, one per open-data format the output table gives result pages.</summary>
    public required IReadOnlyList<Download> Downloads { get; init; }
}
