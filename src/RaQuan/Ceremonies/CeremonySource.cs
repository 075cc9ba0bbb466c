namespace RaQuan.Ceremonies;

/// <summary>A ceremony as read from <c>ceremonies/</c>, before its unit and plan are resolved. Times are Vietnam local time.</summary>
/// <param name="End">Exclusive: for an all-day ceremony, midnight after its last day.</param>
/// <param name="PostponedTo">The new start of a postponed ceremony, when known.</param>
/// <param name="Updated">When the announcement changed, oldest first.</param>
internal sealed record CeremonySource(
    string? Slug,
    SourceLocation SlugAt,
    string? Title,
    string Unit,
    SourceLocation UnitAt,
    DateTime Start,
    bool AllDay,
    DateTime? End,
    DateTime? PostponedTo,
    string? Place,
    string? Content,
    string? Scale,
    string? Contact,
    string? Plan,
    SourceLocation PlanAt,
    IReadOnlyList<AgendaItem> Agenda,
    CeremonyStatus Status,
    IReadOnlyList<DateTime> Updated,
    SourceLocation Source);
