namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/FigureCell: a figure of a result table (null is no data), marked when added up from the units below.</summary>
public sealed record FigureCellModel(decimal? Value, bool Mark = false);
