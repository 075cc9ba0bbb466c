namespace RaQuan.Rendering.Pages;

/// <summary>The ceremonies that start on one day, for the schedule.</summary>
public sealed record CeremonyDay(DateOnly Date, IReadOnlyList<Ceremony> Ceremonies);
