using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/Days: ceremonies grouped by day.</summary>
public sealed record DaysModel(PageModel Page, IReadOnlyList<CeremonyDay> List);
