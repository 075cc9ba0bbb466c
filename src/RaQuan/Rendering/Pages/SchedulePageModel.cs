namespace RaQuan.Rendering.Pages;

public sealed record SchedulePageModel : PageModel
{
    public override PageKind Kind => PageKind.Schedule;

    /// <summary>Days with ceremonies not yet over at build time, soonest first.</summary>
    public required IReadOnlyList<CeremonyDay> Upcoming { get; init; }

    /// <summary>Days whose ceremonies are over, most recent first.</summary>
    public required IReadOnlyList<CeremonyDay> Past { get; init; }
}
