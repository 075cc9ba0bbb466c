namespace RaQuan.Vietnamese;

public static partial class VietnameseDate
{
    internal static string NotADate(string s) => UiLanguage.Format(Messages.DateNotADate, s);

    private static string YearOutOfRange(string s) => UiLanguage.Format(Messages.DateYearOutOfRange, s, FirstYear, LastYear);

    private static string NoSuchMonth(string s, int month) => UiLanguage.Format(Messages.DateNoSuchMonth, s, month);

    private static string NoDayZero(string s) => UiLanguage.Format(Messages.DateNoDayZero, s);

    // The month by name in the language of the message: "February 2024 has 29 days", "tháng 2 năm 2024 chỉ có 29 ngày".
    private static string NoSuchDay(string s, int month, int year) =>
        UiLanguage.Format(Messages.DateNoSuchDay, s, MonthName(month), year, DateTime.DaysInMonth(year, month));

    private static string MonthName(int month) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == UiLanguage.Vietnamese
            ? string.Create(CultureInfo.InvariantCulture, $"tháng {month}")
            : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string UnknownWeekday(string s, string weekday) => UiLanguage.Format(Messages.DateUnknownWeekday, s, weekday);

    private static string WrongWeekday(string s, DayOfWeek named, DateOnly date) =>
        UiLanguage.Format(Messages.DateWrongWeekday, s, WeekdayName(named), FormatShort(date), WeekdayName(date.DayOfWeek));

    internal static string NotADateTime(string s) => UiLanguage.Format(Messages.DateTimeNotADateTime, s);
}
