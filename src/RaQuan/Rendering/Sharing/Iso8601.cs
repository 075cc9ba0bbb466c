using RaQuan.Feeds;

namespace RaQuan.Rendering.Sharing;

/// <summary>Dates for Open Graph and schema.org: ISO 8601 with the site's offset, never "Z" (readers are in +07:00).</summary>
internal static class Iso8601
{
    public static string StartOfDay(DateOnly date, TimeZoneInfo zone) =>
        Rfc822.StartOfDay(date, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
