using RaQuan.Model;

namespace RaQuan.Themes.Default.Models;

/// <summary>The model of Shared/CeremonyWhen: a ceremony's time, with its day ("08h30, Thứ Ba, 20/02/2024") or hours only.</summary>
public sealed record CeremonyWhenModel(Ceremony Ceremony, bool WithDay = true);
