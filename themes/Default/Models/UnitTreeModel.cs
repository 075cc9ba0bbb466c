using RaQuan.Model;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/UnitTree: units and their children, Depth levels down.</summary>
public sealed record UnitTreeModel(PageModel Page, IReadOnlyList<Unit> Units, int Depth = 3);
