using System.Globalization;
using System.Text.RegularExpressions;

namespace RaQuan.Text;

/// <summary>Dates as Vietnamese documents write them.</summary>
public static partial class VietnameseDate
{
    /// <summary>
    /// Parses "20/02/2024", "20-02-2024", "20.02.2024", "2024-02-20" and "ngày 20 tháng 02 năm 2024".
    /// On failure <paramref name="error"/> says what was wrong and which form is expected.
    /// </summary>
    public static bool TryParse(string text, out DateOnly date, out string? error)
    {
        date = default;
        var s = text.Trim();
        int day, month, year;
        Match m;
        if ((m = Iso().Match(s)).Success)
        {
            (year, month, day) = (Int(m, 1), Int(m, 2), Int(m, 3));
        }
        else if ((m = DayMonthYear().Match(s)).Success || (m = Spelled().Match(s)).Success)
        {
            (day, month, year) = (Int(m, 1), Int(m, 2), Int(m, 3));
        }
        else
        {
            error = $"\"{s}\" is not a date (expected dd/MM/yyyy, yyyy-MM-dd or \"ngày dd tháng MM năm yyyy\")";
            return false;
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"date \"{s}\" is not a valid date (expected dd/MM/yyyy)";
            return false;
        }

        date = new DateOnly(year, month, day);
        error = null;
        return true;
    }

    /// <summary>"20/02/2024".</summary>
    public static string FormatShort(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 20 tháng 02 năm 2024".</summary>
    public static string FormatLong(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Spelled();
}
