namespace RaQuan.Model;

/// <summary>A figure column of a result table.</summary>
/// <param name="Id">ASCII key used in the JSON download: "chieu-dai-duong".</param>
/// <param name="Name">The header of the column in the data.</param>
/// <param name="Label">What the page shows; the name unless the sidecar gives a label.</param>
/// <param name="Measure">Unit of measure: "m", "cây", "người", "triệu đồng", "%"; empty when the figure is a count of nothing.</param>
/// <param name="Index">Position among the table's figure columns.</param>
public sealed record ResultColumn(string Id, string Name, string Label, string Measure, ResultAggregate Aggregate, int Index)
{
    /// <summary>The column that holds the target this column's result is measured against.</summary>
    public ResultColumn? Target { get; internal set; }

    /// <summary>"Chiều dài đường (m)".</summary>
    public string Heading => Measure.Length == 0 ? Label : $"{Label} ({Measure})";
}
