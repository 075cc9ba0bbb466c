using System.Xml.Linq;

namespace RaQuan.Results;

/// <summary>
/// A horizontal bar chart of one column, drawn at build time as inline SVG: no script, readable with styles off.
/// Each unit's name sits on its own line above its bar, so long names never squeeze the bars on a 320 px phone.
/// The chart is an image with a summary as its text alternative; the table next to it carries every figure.
/// </summary>
internal static class ResultChart
{
    // Drawing units; the SVG scales to its box, and CSS caps its width so labels stay between 13 and 18 px.
    private const int Width = 300;
    private const int ValueSpace = 78;
    private const int RowHeight = 40;
    private const int LabelBaseline = 14;
    private const int BarTop = 19;
    private const int BarHeight = 14;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The SVG element, or "" when the table has no column to draw.</summary>
    public static string Draw(ResultTable table)
    {
        if (table.ChartColumn is not { } column || table.Rows.Count == 0)
        {
            return "";
        }

        var target = column.Target;
        var max = table.Rows.SelectMany(r => new[] { r[column], target is null ? null : r[target] }).Max(v => v ?? 0);
        var id = $"bieu-do-{table.Slug}";
        var height = table.Rows.Count * RowHeight + 4;
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("viewBox", $"0 0 {Width} {height}"),
            new XAttribute("width", Width),
            new XAttribute("height", height),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), Title(column)),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Summary(table, column)));

        for (var i = 0; i < table.Rows.Count; i++)
        {
            svg.Add(Bar(table.Rows[i], column, target, max, i * RowHeight));
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>"Biểu đồ cột: Chiều dài đường (m) theo đơn vị".</summary>
    public static string Title(ResultColumn column) => $"Biểu đồ cột: {column.Heading} theo đơn vị";

    /// <summary>The text alternative: how many report, the highest and lowest, the total, and where the figures are.</summary>
    public static string Summary(ResultTable table, ResultColumn column)
    {
        var reporting = table.Rows.Where(r => r[column] is not null).ToList();
        if (reporting.Count == 0)
        {
            return $"Chưa đơn vị nào có số liệu. Xem bảng số liệu trên trang này.";
        }

        var high = reporting.MaxBy(r => r[column])!;
        var low = reporting.MinBy(r => r[column])!;
        var parts = new List<string>
        {
            $"{reporting.Count}/{table.Rows.Count} đơn vị có số liệu",
            $"cao nhất {high.Unit.Title}: {Figure(high[column], column)}",
            $"thấp nhất {low.Unit.Title}: {Figure(low[column], column)}",
        };
        if (column.Aggregate == ResultAggregate.Sum && table.Total(column).Value is { } total)
        {
            parts.Add($"tổng cộng {Figure(total, column)}");
        }

        if (column.Target is not null)
        {
            parts.Add("vạch đứng là chỉ tiêu của từng đơn vị");
        }

        return string.Join("; ", parts) + ". Số liệu đầy đủ ở bảng trên trang này.";
    }

    private static IEnumerable<XElement> Bar(ResultRow row, ResultColumn column, ResultColumn? target, decimal max, int top)
    {
        yield return Text(0, top + LabelBaseline, row.Unit.Title, "chart-label");
        if (row[column] is not { } value)
        {
            yield return Text(0, top + BarTop + BarHeight - 2, "— chưa có số liệu", "chart-empty");
            yield break;
        }

        var width = Scale(value, max);
        var end = width;
        yield return new XElement(Svg + "rect", new XAttribute("class", "chart-bar"),
            new XAttribute("x", 0), new XAttribute("y", top + BarTop), new XAttribute("width", Number(width)), new XAttribute("height", BarHeight));
        if (target is not null && row[target] is { } goal)
        {
            end = Math.Max(end, Scale(goal, max) + 1);
            var x = Number(Scale(goal, max));
            yield return new XElement(Svg + "line", new XAttribute("class", "chart-target"),
                new XAttribute("x1", x), new XAttribute("x2", x), new XAttribute("y1", top + BarTop - 3), new XAttribute("y2", top + BarTop + BarHeight + 3));
        }

        // After the bar or the target mark, whichever ends later, so the mark never crosses the figure.
        yield return Text(end + 4, top + BarTop + BarHeight - 2, Figure(value, column), "chart-value");
    }

    private static decimal Scale(decimal value, decimal max) =>
        max <= 0 || value <= 0 ? 0 : Math.Round(value / max * (Width - ValueSpace), 1);

    private static XElement Text(decimal x, int y, string text, string cssClass) =>
        new(Svg + "text", new XAttribute("class", cssClass), new XAttribute("x", Number(x)), new XAttribute("y", y), text);

    private static string Figure(decimal? value, ResultColumn column) =>
        value is { } v ? (column.Measure.Length == 0 ? VietnameseNumber.Format(v) : $"{VietnameseNumber.Format(v)} {column.Measure}") : "—";

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
