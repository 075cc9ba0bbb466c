using RaQuan.Model;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/PlanList: plans as a list.</summary>
public sealed record PlanListModel(PageModel Page, IReadOnlyList<Plan> Plans, int HeadingLevel = 3);
