namespace RaQuan.Vietnamese;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch), which announcements cite beside the solar date:
/// "ngày 20 tháng 02 năm 2024 (nhằm ngày 11 tháng Giêng năm Giáp Thìn)".
/// </summary>
/// <remarks>
/// Computed with Hồ Ngọc Đức's astronomical algorithm for new moons and solar terms at UTC+7. Vietnam has computed
/// its calendar at UTC+7 since 1968 while China uses UTC+8, so the two differ in some years: Tết 1985 fell on
/// 21 January in Vietnam but on 20 February in China. Earlier dates use UTC+7 too, so they can differ from calendars
/// printed in the South before 1975, which kept UTC+8. Supported for solar years 1800 to 2199.
/// </remarks>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth)
{
    private static readonly string[] MonthNames =
        ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"];

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    // Vietnam's zodiac has the cat (Mão) where China's has the rabbit.
    private static readonly string[] Branches =
        ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The year's name in the sexagenary cycle (can chi), such as "Giáp Thìn" for 2024.</summary>
    public string CanChiYear => $"{Stems[Mod(Year + 6, 10)]} {Branches[Mod(Year + 8, 12)]}";

    /// <summary>The lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1800–2199.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        LunarCalendar.CheckYear(date.Year, nameof(date));
        return LunarCalendar.FromDayNumber(date.DayNumber);
    }

    /// <summary>The solar date of this lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The month or day does not exist: a month outside 1–12, a day past the month's 29 or 30 days, or a leap month
    /// in a year whose leap month is another one (or that has none).
    /// </exception>
    public DateOnly ToSolar()
    {
        LunarCalendar.CheckYear(Year, nameof(Year));
        if (Month is < 1 or > 12 || Day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(Month), this, "a lunar date has months 1 to 12 and days 1 to 30");
        }

        var dayNumber = LunarCalendar.ToDayNumber(this)
            ?? throw new ArgumentOutOfRangeException(nameof(IsLeapMonth), this, $"year {CanChiYear} has no leap month {Month}");
        var solar = DateOnly.FromDayNumber(dayNumber);
        return FromSolar(solar) == this
            ? solar
            : throw new ArgumentOutOfRangeException(nameof(Day), this, $"lunar month {MonthName} of {CanChiYear} has 29 days");
    }

    /// <summary>"11 tháng Giêng năm Giáp Thìn"; a leap month reads "tháng Hai nhuận".</summary>
    public override string ToString() => $"{Day} tháng {MonthName} năm {CanChiYear}";

    private string MonthName => Month is >= 1 and <= 12
        ? MonthNames[Month - 1] + (IsLeapMonth ? " nhuận" : "")
        : Month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Mod(int a, int n) => ((a % n) + n) % n;
}
