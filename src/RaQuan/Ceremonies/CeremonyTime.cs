namespace RaQuan.Ceremonies;

/// <summary>
/// Times as staff write them in ceremony files: a date and time in any form <see cref="VietnameseDate"/> reads, or a
/// date alone for an all-day ceremony, optionally with a weekday ("08:00 thứ Sáu, 23/02/2024") that is checked but
/// only warned about: the date is what people copy from the signed plan.
/// </summary>
internal static partial class CeremonyTime
{
    /// <summary>A parsed moment: local time, whether only a date was given, and the weekday written beside it.</summary>
    public readonly record struct Moment(DateTime Local, bool DateOnly, DayOfWeek? Weekday, string? WeekdayText)
    {
        /// <summary>The weekday written, when it is not the date's.</summary>
        public string? WrongWeekday => Weekday is { } w && w != Local.DayOfWeek ? WeekdayText : null;
    }

    public static bool TryParse(string text, out Moment moment, out string? error)
    {
        moment = default;
        DayOfWeek? weekday = null;
        string? weekdayText = null;
        var m = WeekdayWord().Match(text);
        if (m.Success && VietnameseDate.TryParseWeekday(m.Value, out var named))
        {
            (weekday, weekdayText) = (named, m.Value);
            text = text.Remove(m.Index, m.Length);
        }

        if (VietnameseDate.TryParseDateTime(text, out var local, out error))
        {
            moment = new Moment(local, false, weekday, weekdayText);
            return true;
        }

        if (VietnameseDate.TryParse(text, out var date, out var dateError))
        {
            moment = new Moment(date.ToDateTime(TimeOnly.MinValue), true, weekday, weekdayText);
            error = null;
            return true;
        }

        // A lone time or a broken date: say what was wrong with the date when there is a date to blame.
        error = HasDigitsOfDate().IsMatch(text) && dateError is not null && dateError != VietnameseDate.NotADate(text) ? dateError : error;
        return false;
    }

    /// <summary>An end written as a time alone ("10:00") is on the start's day.</summary>
    public static bool TryParseEnd(string text, DateTime start, out Moment moment, out string? error)
    {
        if (VietnameseDate.TryParseTime(text, out var time))
        {
            moment = new Moment(start.Date + time.ToTimeSpan(), false, null, null);
            error = null;
            return true;
        }

        return TryParse(text, out moment, out error);
    }

    /// <summary>"60 phút", "1 giờ 30 phút", "2 giờ", "1h30", "2 ngày", "90 minutes", optionally after "khoảng".</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var m = Duration().Match(SearchFold.Fold(text).Trim('.', ' '));
        if (!m.Success || (!m.Groups["d"].Success && !m.Groups["h"].Success && !m.Groups["m"].Success))
        {
            return false;
        }

        duration = TimeSpan.FromDays(Int(m, "d")) + TimeSpan.FromHours(Int(m, "h")) + TimeSpan.FromMinutes(Int(m, "m"));
        return duration > TimeSpan.Zero;
    }

    private static int Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|CN|T[2-7])(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayWord();

    [GeneratedRegex(@"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|tháng", RegexOptions.IgnoreCase)]
    private static partial Regex HasDigitsOfDate();

    [GeneratedRegex(@"^(?:khoang\s+)?(?:(?<d>\d{1,3})\s*(?:ngay|days?)\s*)?(?:(?<h>\d{1,3})\s*(?:gio|h|tieng|hours?)\s*)?(?:(?<m>\d{1,4})\s*(?:phut|p|minutes?|min|')?)?$")]
    private static partial Regex Duration();
}
