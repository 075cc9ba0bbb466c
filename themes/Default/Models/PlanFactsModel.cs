using RaQuan.Model;
using RaQuan.Rendering;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/PlanFacts: a plan's particulars; Absolute writes absolute links and no class (the paste-ready fragment).</summary>
public sealed record PlanFactsModel(Plan Plan, SiteUrls Urls, bool Absolute = false);
