namespace RaQuan.Ceremonies;

/// <summary>How a ceremony's time reads in Vietnamese, the same on pages, in calendars and in feeds.</summary>
public static class CeremonyText
{
    /// <summary>"08h30", as announcements write the hour.</summary>
    public static string Time(DateTimeOffset time) => time.ToString("HH'h'mm", CultureInfo.InvariantCulture);

    /// <summary>"Thứ Ba, 20/02/2024".</summary>
    public static string Day(DateTimeOffset time) => Day(DateOnly.FromDateTime(time.DateTime));

    public static string Day(DateOnly date) => $"{VietnameseDate.WeekdayName(date.DayOfWeek)}, {VietnameseDate.FormatShort(date)}";

    /// <summary>"11 tháng Giêng năm Giáp Thìn".</summary>
    public static string Lunar(DateTimeOffset time) => Lunar(DateOnly.FromDateTime(time.DateTime));

    public static string Lunar(DateOnly date) => LunarDate.FromSolar(date).ToString();

    /// <summary>"08h30 – 09h30", "08h30", or "Cả ngày" for an all-day ceremony.</summary>
    public static string Hours(DateTimeOffset start, DateTimeOffset? end, bool allDay) =>
        allDay ? "Cả ngày"
        : end is { } e && e.Date == start.Date ? $"{Time(start)} – {Time(e)}"
        : end is { } next ? $"{Time(start)} – {Time(next)} {VietnameseDate.FormatShort(DateOnly.FromDateTime(next.DateTime))}"
        : Time(start);

    /// <summary>"08h30 – 09h30, Thứ Ba, 20/02/2024": time and day in one phrase.</summary>
    public static string When(DateTimeOffset start, DateTimeOffset? end, bool allDay) =>
        $"{Hours(start, end, allDay)}, {Day(start)}";

    /// <summary>"Đã hoãn", "Đã hủy"…: the status as a label, null for a ceremony going ahead as announced.</summary>
    public static string? Status(Ceremony ceremony) => ceremony.Status switch
    {
        CeremonyStatus.Postponed => ceremony.AwaitingNewTime ? "Tạm hoãn, thời gian mới sẽ thông báo sau" : "Đã hoãn",
        CeremonyStatus.Cancelled => "Đã hủy",
        CeremonyStatus.Held => "Đã tổ chức",
        _ => null,
    };

    /// <summary>What a ceremony announced and never reported on has become once its time is over.</summary>
    public const string HeldUnreported = "Đã diễn ra, chưa báo cáo kết quả";

    /// <summary>
    /// The status as of <paramref name="now"/>: a ceremony still "dự kiến" after its time has taken place as far as a
    /// reader knows, and is said so, not "Dự kiến" under "Đã diễn ra".
    /// </summary>
    public static string StatusName(Ceremony ceremony, DateTimeOffset now) =>
        IsHeldUnreported(ceremony, now) ? HeldUnreported : StatusName(ceremony.Status);

    /// <summary>
    /// A change a reader must not miss ("Đã hoãn", "Đã hủy"), shown above a ceremony's facts instead of as one of
    /// them; null for a ceremony whose status is only a fact.
    /// </summary>
    public static string? Notice(Ceremony ceremony) =>
        ceremony.Status is CeremonyStatus.Postponed or CeremonyStatus.Cancelled ? Status(ceremony) : null;

    private static bool IsHeldUnreported(Ceremony c, DateTimeOffset now) => c.Status == CeremonyStatus.Scheduled && c.Finish <= now;

    /// <summary>"Dự kiến", "Hoãn", "Hủy", "Đã tổ chức": a status for tables.</summary>
    public static string StatusName(CeremonyStatus status) => status switch
    {
        CeremonyStatus.Postponed => "Hoãn",
        CeremonyStatus.Cancelled => "Hủy",
        CeremonyStatus.Held => "Đã tổ chức",
        _ => "Dự kiến",
    };
}
