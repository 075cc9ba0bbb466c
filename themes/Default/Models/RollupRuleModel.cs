namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/RollupRule: the note on figures added up from the units below, with the mark when Marked.</summary>
public sealed record RollupRuleModel(bool Marked = false);
