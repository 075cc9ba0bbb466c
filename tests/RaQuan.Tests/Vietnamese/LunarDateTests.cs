namespace RaQuan.Tests.Vietnamese;

public sealed class LunarDateTests
{
    [Theory]
    [InlineData("2023-01-22", "Quý Mão")]
    [InlineData("2024-02-10", "Giáp Thìn")]
    [InlineData("2025-01-29", "Ất Tỵ")]
    [InlineData("2026-02-17", "Bính Ngọ")]
    [InlineData("2020-01-25", "Canh Tý")]
    [InlineData("1900-01-31", "Canh Tý")]
    [InlineData("2000-02-05", "Canh Thìn")]
    // Vietnam computes at UTC+7; China's UTC+8 puts these on 1985-02-20, 2007-02-18 and 1968-01-30.
    [InlineData("1985-01-21", "Ất Sửu")]
    [InlineData("2007-02-17", "Đinh Hợi")]
    [InlineData("1968-01-29", "Mậu Thân")]
    public void Tet_is_the_first_day_of_the_first_month(string solar, string canChi)
    {
        var tet = Solar(solar);
        var lunar = LunarDate.FromSolar(tet);
        Assert.Equal(new LunarDate(1, 1, tet.Year, false), lunar);
        Assert.Equal(canChi, lunar.CanChiYear);
        Assert.Equal(tet, lunar.ToSolar());
        Assert.NotEqual(1, LunarDate.FromSolar(tet.AddDays(-1)).Month);
    }

    [Theory]
    [InlineData("2024-02-20", 11, 1, 2024, false, "11 tháng Giêng năm Giáp Thìn")]
    [InlineData("2024-02-23", 14, 1, 2024, false, "14 tháng Giêng năm Giáp Thìn")]
    [InlineData("2024-02-09", 30, 12, 2023, false, "30 tháng Chạp năm Quý Mão")]
    [InlineData("2024-03-10", 1, 2, 2024, false, "1 tháng Hai năm Giáp Thìn")]
    [InlineData("2023-02-20", 1, 2, 2023, false, "1 tháng Hai năm Quý Mão")]
    [InlineData("2023-03-22", 1, 2, 2023, true, "1 tháng Hai nhuận năm Quý Mão")]
    [InlineData("2023-04-20", 1, 3, 2023, false, "1 tháng Ba năm Quý Mão")]
    [InlineData("2020-04-23", 1, 4, 2020, false, "1 tháng Tư năm Canh Tý")]
    [InlineData("2020-05-23", 1, 4, 2020, true, "1 tháng Tư nhuận năm Canh Tý")]
    [InlineData("2020-06-21", 1, 5, 2020, false, "1 tháng Năm năm Canh Tý")]
    [InlineData("2024-09-17", 15, 8, 2024, false, "15 tháng Tám năm Giáp Thìn")]
    [InlineData("2024-12-01", 1, 11, 2024, false, "1 tháng Mười Một năm Giáp Thìn")]
    public void Known_solar_dates_have_their_lunar_dates(string solar, int day, int month, int year, bool leap, string text)
    {
        var date = Solar(solar);
        var lunar = LunarDate.FromSolar(date);
        Assert.Equal(new LunarDate(day, month, year, leap), lunar);
        Assert.Equal(text, lunar.ToString());
        Assert.Equal(date, lunar.ToSolar());
    }

    [Theory]
    [InlineData(1900, 2199)]
    public void Every_day_follows_the_previous_one_and_round_trips(int firstYear, int lastYear)
    {
        var day = new DateOnly(firstYear, 1, 1);
        var previous = LunarDate.FromSolar(day);
        var monthsInYear = new HashSet<(int, bool)>();
        for (day = day.AddDays(1); day.Year <= lastYear; day = day.AddDays(1))
        {
            var lunar = LunarDate.FromSolar(day);
            if (lunar.Day != 1)
            {
                Assert.True(lunar == previous with { Day = previous.Day + 1 }, $"{day}: {previous} is followed by {lunar}");
            }
            else
            {
                Assert.InRange(previous.Day, 29, 30);
                Assert.True(
                    lunar == NextMonth(previous, leapFollows: true) || lunar == NextMonth(previous, leapFollows: false),
                    $"{day}: {previous} is followed by {lunar}");
            }

            Assert.Equal(day, lunar.ToSolar());
            previous = lunar;
        }
    }

    [Theory]
    [InlineData("2054-05-07")]
    [InlineData("2062-04-09")]
    public void Month_ends_the_day_before_a_new_moon_later_than_the_mean(string solar)
    {
        var date = Solar(solar);
        Assert.Equal(30, LunarDate.FromSolar(date).Day);
        Assert.Equal(1, LunarDate.FromSolar(date.AddDays(1)).Day);
    }

    [Fact]
    public void Leap_months_fall_only_in_years_with_thirteen_months()
    {
        var leapYears = Enumerable.Range(2000, 30)
            .Where(y => Enumerable.Range(0, 400).Any(d => LunarDate.FromSolar(new DateOnly(y, 1, 1).AddDays(d)) is { IsLeapMonth: true } l && l.Year == y))
            .ToArray();
        Assert.Equal([2001, 2004, 2006, 2009, 2012, 2014, 2017, 2020, 2023, 2025, 2028], leapYears);
    }

    [Theory]
    [InlineData(1, 4, 2023, true)]
    [InlineData(1, 2, 2024, true)]
    [InlineData(30, 1, 2024, false)]
    [InlineData(0, 1, 2024, false)]
    [InlineData(1, 13, 2024, false)]
    [InlineData(1, 1, 1700, false)]
    public void Dates_the_calendar_lacks_cannot_convert(int day, int month, int year, bool leap) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(day, month, year, leap).ToSolar());

    [Fact]
    public void Solar_dates_outside_the_supported_years_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromSolar(new DateOnly(2200, 6, 1)));

    private static DateOnly Solar(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LunarDate NextMonth(LunarDate d, bool leapFollows) =>
        leapFollows && !d.IsLeapMonth
            ? new LunarDate(1, d.Month, d.Year, true)
            : d.Month == 12 ? new LunarDate(1, 1, d.Year + 1, false) : new LunarDate(1, d.Month + 1, d.Year, false);
}
