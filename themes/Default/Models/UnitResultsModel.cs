using RaQuan.Model;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/UnitResults: a unit's rows of the result tables.</summary>
public sealed record UnitResultsModel(PageModel Page, Unit Unit, IReadOnlyList<ResultTable> Tables);
