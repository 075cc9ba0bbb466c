namespace RaQuan.Feeds;

/// <summary>Dates for RSS 2.0, which requires RFC 822 (section 5.1) with a numeric zone such as +0700.</summary>
internal static class Rfc822
{
    public static string Format(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var zone = $"{sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}";
        return time.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + zone;
    }

    /// <summary>Midnight of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
