using RaQuan.Model;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/PlanClosing: the signature block; Plain leaves out the theme's classes (the paste-ready fragment).</summary>
public sealed record PlanClosingModel(Plan Plan, bool Plain = false);
