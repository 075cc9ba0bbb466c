namespace RaQuan.Vietnamese;

/// <summary>Dates as Vietnamese documents write them.</summary>
public static partial class VietnameseDate
{
    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    /// <summary>
    /// Parses "20/02/2024", "20/2/2024", "20-02-2024", "20.02.2024", "2024-02-20", "ngày 20/02/2024" and
    /// "ngày 20 tháng 02 năm 2024", optionally after a weekday ("thứ Ba, ngày 20/02/2024"), which must then match.
    /// On failure <paramref name="error"/> says what was wrong and which form is expected.
    /// </summary>
    public static bool TryParse(string text, out DateOnly date, out string? error)
    {
        date = default;
        var s = Clean(text);
        var body = s;
        DayOfWeek? named = null;
        var prefix = WeekdayPrefix().Match(s);
        if (prefix.Success)
        {
            if (!TryParseWeekday(prefix.Groups["weekday"].Value, out var weekday))
            {
                error = UnknownWeekday(s, prefix.Groups["weekday"].Value);
                return false;
            }

            named = weekday;
            body = s[prefix.Length..];
        }

        int day, month, year;
        Match m;
        if ((m = Iso().Match(body)).Success)
        {
            (year, month, day) = (Int(m, 1), Int(m, 2), Int(m, 3));
        }
        else if ((m = DayMonthYear().Match(body)).Success || (m = Spelled().Match(body)).Success)
        {
            (day, month, year) = (Int(m, 1), Int(m, 2), Int(m, 3));
        }
        else
        {
            error = NotADate(s);
            return false;
        }

        error = CheckDate(s, day, month, year);
        if (error is not null)
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        if (named is { } expected && expected != date.DayOfWeek)
        {
            error = WrongWeekday(s, expected, date);
            date = default;
            return false;
        }

        return true;
    }

    /// <summary>"20/02/2024".</summary>
    public static string FormatShort(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 20 tháng 02 năm 2024".</summary>
    public static string FormatLong(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    /// <summary>"Thứ Ba, ngày 20 tháng 02 năm 2024", the form announcements use for the day of an event.</summary>
    public static string FormatLongWithWeekday(DateOnly date) => $"{WeekdayName(date.DayOfWeek)}, {FormatLong(date)}";

    private static string? CheckDate(string s, int day, int month, int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            return YearOutOfRange(s);
        }

        if (month is < 1 or > 12)
        {
            return NoSuchMonth(s, month);
        }

        if (day < 1)
        {
            return NoDayZero(s);
        }

        return day > DateTime.DaysInMonth(year, month) ? NoSuchDay(s, month, year) : null;
    }

    // Text pasted from signed documents arrives decomposed, with doubled or non-breaking spaces.
    private static string Clean(string text) => Whitespace().Replace(VietnameseText.Nfc(text).Trim(), " ");

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:ngày\s*)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();

    [GeneratedRegex(@"^(?<weekday>thứ\s+[^\s,]+|chủ\s+nhật|cn|t\d)\s*,?\s*(?=ngày|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
