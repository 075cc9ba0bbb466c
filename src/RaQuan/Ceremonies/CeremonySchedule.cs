using RaQuan.Rendering.Pages;

namespace RaQuan.Ceremonies;

/// <summary>Splits ceremonies at the build time: those not yet over come first, soonest first; then the past, latest first.</summary>
internal static class CeremonySchedule
{
    public static List<Ceremony> Upcoming(IEnumerable<Ceremony> ceremonies, DateTimeOffset now) =>
        [.. ceremonies.Where(c => c.Finish > now)];

    public static List<Ceremony> Past(IEnumerable<Ceremony> ceremonies, DateTimeOffset now) =>
        [.. ceremonies.Where(c => c.Finish <= now).Reverse()];

    /// <summary>Upcoming then past: the order a unit's page lists them in.</summary>
    public static List<Ceremony> UpcomingThenPast(IReadOnlyList<Ceremony> ceremonies, DateTimeOffset now) =>
        [.. Upcoming(ceremonies, now), .. Past(ceremonies, now)];

    /// <summary>Groups by the local day each ceremony starts on, keeping the order given.</summary>
    public static List<CeremonyDay> Days(IEnumerable<Ceremony> ceremonies) =>
        [.. ceremonies.GroupBy(c => DateOnly.FromDateTime(c.Start.DateTime)).Select(g => new CeremonyDay(g.Key, [.. g]))];
}
