namespace RaQuan.Ceremonies;

/// <summary>
/// Writes ceremonies as an iCalendar file (RFC 5545) that calendar programs import or subscribe to. Everything in it
/// comes from the content, never from the clock, so two builds write the same bytes.
/// </summary>
internal sealed class CalendarWriter(SiteConfig config, Func<Ceremony, string> absoluteUrl)
{
    private const string Product = "-//RaQuan//Lich ra quan//VI";

    public string Write(string name, IReadOnlyList<Ceremony> ceremonies)
    {
        var zone = config.TimeZone;

        // Vietnam keeps one offset all year, so a VTIMEZONE with a single STANDARD part describes it exactly (§3.6.5);
        // a zone with daylight saving gets UTC times instead of rules RaQuan would have to copy from tzdata.
        var fixedOffset = ceremonies.All(c => c.Start.Offset == zone.BaseUtcOffset && KeepsOneOffset(zone, c.Start.Year));
        var b = new StringBuilder();
        Line(b, "BEGIN:VCALENDAR");
        Line(b, "VERSION:2.0");
        Line(b, "PRODID:" + Product);
        Line(b, "CALSCALE:GREGORIAN");
        Line(b, "METHOD:PUBLISH");
        Line(b, "X-WR-CALNAME:" + ICalendarText.Escape(name));
        if (fixedOffset)
        {
            Line(b, "X-WR-TIMEZONE:" + zone.Id);
            Line(b, "BEGIN:VTIMEZONE");
            Line(b, "TZID:" + zone.Id);
            Line(b, "BEGIN:STANDARD");
            Line(b, "DTSTART:19700101T000000");
            Line(b, "TZOFFSETFROM:" + Offset(zone.BaseUtcOffset));
            Line(b, "TZOFFSETTO:" + Offset(zone.BaseUtcOffset));
            Line(b, "TZNAME:" + Offset(zone.BaseUtcOffset)[..3]);
            Line(b, "END:STANDARD");
            Line(b, "END:VTIMEZONE");
        }

        foreach (var ceremony in ceremonies)
        {
            Event(b, ceremony, fixedOffset ? zone.Id : null);
        }

        Line(b, "END:VCALENDAR");
        return b.ToString();
    }

    private void Event(StringBuilder b, Ceremony c, string? zoneId)
    {
        Line(b, "BEGIN:VEVENT");
        Line(b, $"UID:{c.Slug}@{config.BaseUrl.Host}");
        Line(b, "DTSTAMP:" + Utc(Stamp(c)));
        if (c.AllDay)
        {
            Line(b, "DTSTART;VALUE=DATE:" + Date(c.Start));
            Line(b, "DTEND;VALUE=DATE:" + Date(c.Finish));
        }
        else
        {
            Line(b, "DTSTART" + Time(c.Start, zoneId));
            if (c.End is { } end)
            {
                Line(b, "DTEND" + Time(end, zoneId));
            }
        }

        Line(b, "SEQUENCE:" + c.Sequence.ToString(CultureInfo.InvariantCulture));
        Line(b, "STATUS:" + c.Status switch
        {
            CeremonyStatus.Cancelled => "CANCELLED",
            CeremonyStatus.Postponed when c.AwaitingNewTime => "TENTATIVE",
            _ => "CONFIRMED",
        });
        Line(b, "SUMMARY:" + ICalendarText.Escape(Summary(c)));
        if (c.Place is { } place)
        {
            Line(b, "LOCATION:" + ICalendarText.Escape($"{place}, {Where(c.Unit)}"));
        }

        Line(b, "DESCRIPTION:" + ICalendarText.Escape(Description(c)));
        Line(b, "URL:" + absoluteUrl(c));
        Line(b, "END:VEVENT");
    }

    private static string Summary(Ceremony c) => c.Status switch
    {
        CeremonyStatus.Cancelled => $"[ĐÃ HỦY] {c.Title}",
        CeremonyStatus.Postponed => $"[HOÃN] {c.Title}",
        _ => c.Title,
    };

    private static string Where(Unit unit) => string.Join(", ", new[] { unit }.Concat(unit.Ancestors.Reverse()).Select(u => u.FullName));

    private static string Description(Ceremony c)
    {
        var lines = new List<string>();
        if (CeremonyText.Status(c) is { } status)
        {
            lines.Add(c.OriginalStart is { } was ? $"{status}; thời gian cũ: {CeremonyText.When(was, c.OriginalEnd, c.AllDay)}." : $"{status}.");
        }

        lines.Add($"Đơn vị: {c.Unit.Title}");
        if (c.Content is { } content)
        {
            lines.Add($"Nội dung: {content}");
        }

        if (c.Scale is { } scale)
        {
            lines.Add($"Quy mô: {scale}");
        }

        if (c.Agenda.Count > 0)
        {
            lines.Add("Chương trình:");
            lines.AddRange(c.Agenda.Select((a, i) => $"{a.Time ?? a.Order ?? (i + 1).ToString(CultureInfo.InvariantCulture)}. {a.Content}{(a.Who is null ? "" : $" ({a.Who})")}"));
        }

        if (c.Contact is { } contact)
        {
            lines.Add($"Liên hệ: {contact}");
        }

        if (c.Plan is { } plan)
        {
            lines.Add($"Theo: {plan.Title}{(plan.Number is null ? "" : $" ({plan.Number})")}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>When the entry last changed: the last recorded update, else the plan's date, else the start itself.</summary>
    private DateTimeOffset Stamp(Ceremony c)
    {
        if (c.Updates.Count > 0)
        {
            return c.Updates[^1];
        }

        if (c.Plan?.ListingDate is { } date)
        {
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(midnight, config.TimeZone.GetUtcOffset(midnight));
        }

        return c.Start;
    }

    private static string Time(DateTimeOffset t, string? zoneId) => zoneId is null
        ? ":" + Utc(t)
        : $";TZID={zoneId}:{t.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}";

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset t) => t.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    // tzdata records Vietnam's offsets before 1975, so the zone "supports" daylight saving; what matters is the year.
    private static bool KeepsOneOffset(TimeZoneInfo zone, int year) =>
        new[] { 1, 4, 7, 10 }.All(month => zone.GetUtcOffset(new DateTime(year, month, 1, 12, 0, 0, DateTimeKind.Unspecified)) == zone.BaseUtcOffset);

    private static void Line(StringBuilder b, string line) => ICalendarText.AppendLine(b, line);
}
