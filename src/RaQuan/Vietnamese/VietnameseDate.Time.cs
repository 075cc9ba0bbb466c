namespace RaQuan.Vietnamese;

public static partial class VietnameseDate
{
    private static readonly char[] PartSeparators = [' ', ',', ';', '-', '–'];

    /// <summary>
    /// Parses a time of day: "08h30", "8h", "08h30'", "08^h30'", "08 giờ 30 phút", "8 giờ", "08:30", "8g30",
    /// optionally after "lúc".
    /// </summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;

        // Documents set the "h" as a superscript; pasted as text it leaves a caret behind ("08^h30'").
        var m = Time().Match(Clean(text).Replace("^", "", StringComparison.Ordinal).TrimEnd(','));
        if (!m.Success)
        {
            return false;
        }

        var hour = Int(m, "hour");
        var minute = m.Groups["minute"].Success ? Int(m, "minute") : 0;
        var second = m.Groups["second"].Success ? Int(m, "second") : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>
    /// Parses a date and time of day in either order: "20/02/2024 08:30", "2024-02-20T08:30",
    /// "08h30 ngày 20/02/2024", "08 giờ 30 phút, ngày 20 tháng 02 năm 2024". The result is Vietnam local time with
    /// <see cref="DateTimeKind.Unspecified"/>: announcements never state a time zone.
    /// </summary>
    public static bool TryParseDateTime(string text, out DateTime local, out string? error)
    {
        local = default;
        var s = Clean(text);
        string? dateError = null;
        for (var i = 1; i < s.Length - 1; i++)
        {
            if (!IsSplit(s, i))
            {
                continue;
            }

            var left = s[..i].TrimEnd(PartSeparators);
            var right = s[(i + 1)..].TrimStart(PartSeparators);
            if (TryCombine(left, right, out local, ref dateError) || TryCombine(right, left, out local, ref dateError))
            {
                error = null;
                return true;
            }
        }

        error = dateError ?? NotADateTime(s);
        return false;
    }

    private static bool IsSplit(string s, int i) =>
        s[i] is ' ' or ',' || (s[i] == 'T' && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]));

    private static bool TryCombine(string timePart, string datePart, out DateTime local, ref string? dateError)
    {
        local = default;
        if (!TryParseTime(timePart, out var time))
        {
            return false;
        }

        if (!TryParse(datePart, out var date, out var error))
        {
            dateError ??= error;
            return false;
        }

        local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?:lúc\s+)?(?<hour>\d{1,2})(?::(?<minute>\d{2})(?::(?<second>\d{2}))?|\s*(?:h|g|giờ)\s*(?:(?<minute>\d{1,2})\s*(?:'|’|′|phút)?)?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
