using System.Net;
using RaQuan.Feeds;
using RaQuan.Rendering;

namespace RaQuan.Ceremonies;

/// <summary>
/// Feed entries announcing that a ceremony was postponed or cancelled: readers who follow a feed must learn of
/// the change, not only those who revisit the page. One entry per change, dated as calendars date it (the last
/// recorded update, else the plan's date, else the start), so every entry has a date and the same change keeps the
/// same id from build to build.
/// </summary>
internal sealed class CeremonyChanges(SiteUrls urls, TimeZoneInfo zone)
{
    public IEnumerable<FeedItem> Items(IEnumerable<Ceremony> ceremonies) =>
        ceremonies.Where(c => c.Status is CeremonyStatus.Postponed or CeremonyStatus.Cancelled).Select(Item);

    /// <summary>One entry per ceremony announced, for the schedule's own feed.</summary>
    public IEnumerable<FeedItem> Announcements(IEnumerable<Ceremony> ceremonies) => ceremonies.Select(c =>
    {
        var link = urls.Absolute(urls.Ceremony(c));
        var text = $"{c.Title} ({c.Unit.FullName}), {When(c.Start)}{(c.Place is null ? "" : $", tại {c.Place}")}.";
        return new FeedItem(
            c.Title + " – " + c.Unit.Title, link, Stamp(c), text,
            Encoding.UTF8.GetBytes($"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Xem chi tiết buổi lễ</a></p>"),
            c.Unit.Title, []);
    });

    /// <summary>When the ceremony's announcement last changed: as the calendar's DTSTAMP (CalendarWriter).</summary>
    private DateTimeOffset Stamp(Ceremony c) =>
        c.Updates.Count > 0 ? c.Updates[^1]
        : c.Plan?.ListingDate is { } date ? Rfc822.StartOfDay(date, zone)
        : c.Start;

    private FeedItem Item(Ceremony ceremony)
    {
        var changed = Stamp(ceremony);
        var link = urls.Absolute(urls.Ceremony(ceremony));
        var stamp = changed.ToString("yyyyMMdd'T'HHmm", CultureInfo.InvariantCulture);
        var (verb, text) = Describe(ceremony);
        return new FeedItem(
            $"{verb}: {ceremony.Title} – {ceremony.Unit.Title}",
            link,
            changed,
            text,
            Encoding.UTF8.GetBytes($"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Xem chi tiết buổi lễ</a></p>"),
            ceremony.Unit.Title,
            [],
            Guid: $"{link}#{(ceremony.Status == CeremonyStatus.Cancelled ? "huy" : "hoan")}-{stamp}");
    }

    private static (string Verb, string Text) Describe(Ceremony c) => c.Status switch
    {
        CeremonyStatus.Cancelled => ("Hủy lễ", $"{c.Title} ({c.Unit.FullName}), dự kiến {When(c.Start)}, đã bị hủy."),
        _ when c.AwaitingNewTime => ("Hoãn lễ", $"{c.Title} ({c.Unit.FullName}), dự kiến {When(c.Start)}, đã được hoãn; thời gian mới sẽ được thông báo sau."),
        _ => ("Hoãn lễ", $"{c.Title} ({c.Unit.FullName}) được hoãn từ {When(c.OriginalStart!.Value)} sang {When(c.Start)}."),
    };

    // Mid-sentence the weekday keeps its capital on the day: "thứ Ba", "chủ nhật".
    private static string When(DateTimeOffset time)
    {
        var weekday = VietnameseDate.WeekdayName(time.DayOfWeek);
        weekday = char.ToLowerInvariant(weekday[0]) + weekday[1..];
        return string.Create(CultureInfo.InvariantCulture, $"{time:HH'h'mm} {weekday}, ngày {VietnameseDate.FormatShort(DateOnly.FromDateTime(time.DateTime))}");
    }
}
