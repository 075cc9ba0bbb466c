namespace RaQuan.Loading;

/// <summary>Finds time zones even on machines without tz data.</summary>
internal static class TimeZones
{
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed zone is exact for any
            // document RaQuan publishes; it keeps builds working in minimal containers without tzdata.
            if (id is "Asia/Ho_Chi_Minh" or "Asia/Saigon")
            {
                zone = TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), id, id);
                return true;
            }

            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
