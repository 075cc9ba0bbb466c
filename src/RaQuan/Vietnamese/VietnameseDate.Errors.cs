using System.Globalization;

namespace RaQuan.Vietnamese;

public static partial class VietnameseDate
{
    private static string NotADate(string s) =>
        $"\"{s}\" is not a date (expected dd/MM/yyyy, yyyy-MM-dd or \"ngày dd tháng MM năm yyyy\")";

    private static string YearOutOfRange(string s) =>
        $"date \"{s}\" is not a valid date (expected a year from {FirstYear} to {LastYear} written with four digits)";

    private static string NoSuchMonth(string s, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"date \"{s}\" is not a valid date (there is no month {month}; expected dd/MM/yyyy)");

    private static string NoDayZero(string s) =>
        $"date \"{s}\" is not a valid date (days of the month start at 01)";

    private static string NoSuchDay(string s, int month, int year) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"date \"{s}\" is not a valid date ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days)");

    private static string UnknownWeekday(string s, string weekday) =>
        $"date \"{s}\" starts with \"{weekday}\", which is not a weekday (expected \"Thứ Hai\" to \"Thứ Bảy\" or \"Chủ nhật\")";

    private static string WrongWeekday(string s, DayOfWeek named, DateOnly date) =>
        $"date \"{s}\" says {WeekdayName(named)}, but {FormatShort(date)} is a {WeekdayName(date.DayOfWeek)}; correct the weekday or the date";

    private static string NotADateTime(string s) =>
        $"\"{s}\" is not a date and time (expected \"20/02/2024 08:30\", \"08h30 ngày 20/02/2024\" or \"2024-02-20T08:30\")";
}
