namespace RaQuan.Tests.Vietnamese;

public sealed class VietnameseDateTests
{
    [Theory]
    [InlineData("23/02/2024", 2024, 2, 23)]
    [InlineData("20/2/2024", 2024, 2, 20)]
    [InlineData("28/4/2021", 2021, 4, 28)]
    [InlineData("20-02-2024", 2024, 2, 20)]
    [InlineData("20.02.2024", 2024, 2, 20)]
    [InlineData("2024-02-20", 2024, 2, 20)]
    [InlineData("ngày 20/02/2024", 2024, 2, 20)]
    [InlineData("Ngày 22/01/2024", 2024, 1, 22)]
    [InlineData("ngày 20 tháng 02 năm 2024", 2024, 2, 20)]
    [InlineData("ngày 30 tháng 9 năm 2020", 2020, 9, 30)]
    [InlineData("  NGÀY  20   tháng 2\u00a0năm 2024 ", 2024, 2, 20)]
    [InlineData("thứ Ba, ngày 20 tháng 02 năm 2024", 2024, 2, 20)]
    [InlineData("thứ Sáu, ngày 23/02/2024", 2024, 2, 23)]
    [InlineData("Thứ 6 23/02/2024", 2024, 2, 23)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void Vietnamese_dates_parse(string text, int year, int month, int day)
    {
        Assert.True(VietnameseDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void Decomposed_spelled_date_parses() =>
        Assert.True(VietnameseDate.TryParse("ngày 20 tháng 02 năm 2024".Normalize(System.Text.NormalizationForm.FormD), out _, out _));

    [Theory]
    [InlineData("31/02/2024", "date \"31/02/2024\" is not a valid date (February 2024 has 29 days)")]
    [InlineData("29/02/2023", "date \"29/02/2023\" is not a valid date (February 2023 has 28 days)")]
    [InlineData("31/04/2024", "date \"31/04/2024\" is not a valid date (April 2024 has 30 days)")]
    [InlineData("00/01/2024", "date \"00/01/2024\" is not a valid date (days of the month start at 01)")]
    [InlineData("20/13/2024", "date \"20/13/2024\" is not a valid date (there is no month 13; expected dd/MM/yyyy)")]
    [InlineData("20/02/1800", "date \"20/02/1800\" is not a valid date (expected a year from 1900 to 2200 written with four digits)")]
    [InlineData("ngày tháng năm 2024", "\"ngày tháng năm 2024\" is not a date (expected dd/MM/yyyy, yyyy-MM-dd or \"ngày dd tháng MM năm yyyy\")")]
    [InlineData("20/02/24", "\"20/02/24\" is not a date (expected dd/MM/yyyy, yyyy-MM-dd or \"ngày dd tháng MM năm yyyy\")")]
    [InlineData("thứ Tư, ngày 20/02/2024", "date \"thứ Tư, ngày 20/02/2024\" says Thứ Tư, but 20/02/2024 is a Thứ Ba; correct the weekday or the date")]
    [InlineData("thứ Mười, ngày 20/02/2024", "date \"thứ Mười, ngày 20/02/2024\" starts with \"thứ Mười\", which is not a weekday (expected \"Thứ Hai\" to \"Thứ Bảy\" or \"Chủ nhật\")")]
    public void Invalid_dates_say_why(string text, string expected)
    {
        Assert.False(VietnameseDate.TryParse(text, out var date, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("08h30", 8, 30)]
    [InlineData("8h", 8, 0)]
    [InlineData("08h30'", 8, 30)]
    [InlineData("08^h30'", 8, 30)]
    [InlineData("08 giờ 30 phút", 8, 30)]
    [InlineData("08 giờ 00 phút", 8, 0)]
    [InlineData("Lúc 08 giờ 00 phút", 8, 0)]
    [InlineData("8 giờ", 8, 0)]
    [InlineData("08:30", 8, 30)]
    [InlineData("8g30", 8, 30)]
    [InlineData("14h00", 14, 0)]
    [InlineData("14H05", 14, 5)]
    [InlineData("7h 15'", 7, 15)]
    [InlineData("0h00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void Times_of_day_parse(string text, int hour, int minute)
    {
        Assert.True(VietnameseDate.TryParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("08")]
    [InlineData("24h00")]
    [InlineData("08h60")]
    [InlineData("8:5")]
    [InlineData("08:")]
    [InlineData("phút")]
    [InlineData("20/02/2024")]
    public void Non_times_are_rejected(string text) =>
        Assert.False(VietnameseDate.TryParseTime(text, out _));

    [Theory]
    [InlineData("20/02/2024 08:30", 2024, 2, 20, 8, 30)]
    [InlineData("2024-02-20T08:30", 2024, 2, 20, 8, 30)]
    [InlineData("2024-02-20T08:30:00", 2024, 2, 20, 8, 30)]
    [InlineData("2024-02-20 08:30", 2024, 2, 20, 8, 30)]
    [InlineData("08h30 20/02/2024", 2024, 2, 20, 8, 30)]
    [InlineData("08h30 ngày 20/02/2024", 2024, 2, 20, 8, 30)]
    [InlineData("08 giờ 30 phút, ngày 20 tháng 02 năm 2024", 2024, 2, 20, 8, 30)]
    [InlineData("08^h30', thứ Ba, ngày 20 tháng 02 năm 2024", 2024, 2, 20, 8, 30)]
    [InlineData("Lúc 08 giờ 00 phút, thứ Sáu, ngày 23/02/2024", 2024, 2, 23, 8, 0)]
    [InlineData("ngày 23/02/2024 lúc 14h00", 2024, 2, 23, 14, 0)]
    public void Date_and_time_parse_in_either_order(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(VietnameseDate.TryParseDateTime(text, out var local, out var error), error);
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Theory]
    [InlineData("31/02/2024 08:30", "date \"31/02/2024\" is not a valid date (February 2024 has 29 days)")]
    [InlineData("08h30 thứ Tư, ngày 20/02/2024", "date \"thứ Tư, ngày 20/02/2024\" says Thứ Tư, but 20/02/2024 is a Thứ Ba; correct the weekday or the date")]
    [InlineData("20/02/2024", "\"20/02/2024\" is not a date and time (expected \"20/02/2024 08:30\", \"08h30 ngày 20/02/2024\" or \"2024-02-20T08:30\")")]
    [InlineData("08h30", "\"08h30\" is not a date and time (expected \"20/02/2024 08:30\", \"08h30 ngày 20/02/2024\" or \"2024-02-20T08:30\")")]
    [InlineData("20/02/2024 25:00", "\"20/02/2024 25:00\" is not a date and time (expected \"20/02/2024 08:30\", \"08h30 ngày 20/02/2024\" or \"2024-02-20T08:30\")")]
    public void Invalid_date_times_say_why(string text, string expected)
    {
        Assert.False(VietnameseDate.TryParseDateTime(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "Thứ Hai")]
    [InlineData(DayOfWeek.Tuesday, "Thứ Ba")]
    [InlineData(DayOfWeek.Wednesday, "Thứ Tư")]
    [InlineData(DayOfWeek.Thursday, "Thứ Năm")]
    [InlineData(DayOfWeek.Friday, "Thứ Sáu")]
    [InlineData(DayOfWeek.Saturday, "Thứ Bảy")]
    [InlineData(DayOfWeek.Sunday, "Chủ nhật")]
    public void Weekday_names_count_from_sunday(DayOfWeek day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.WeekdayName(day));
        Assert.True(VietnameseDate.TryParseWeekday(expected, out var parsed));
        Assert.Equal(day, parsed);
    }

    [Theory]
    [InlineData("thứ Ba", DayOfWeek.Tuesday)]
    [InlineData("Thứ 3", DayOfWeek.Tuesday)]
    [InlineData("thứ ba", DayOfWeek.Tuesday)]
    [InlineData("THỨ BA", DayOfWeek.Tuesday)]
    [InlineData("T3", DayOfWeek.Tuesday)]
    [InlineData("t2", DayOfWeek.Monday)]
    [InlineData("thứ Sáu,", DayOfWeek.Friday)]
    [InlineData("thu tu", DayOfWeek.Wednesday)]
    [InlineData("Thứ bẩy", DayOfWeek.Saturday)]
    [InlineData("Thứ 7", DayOfWeek.Saturday)]
    [InlineData("Chủ nhật", DayOfWeek.Sunday)]
    [InlineData("chủ  Nhật", DayOfWeek.Sunday)]
    [InlineData("CN", DayOfWeek.Sunday)]
    public void Weekday_spellings_parse(string text, DayOfWeek expected)
    {
        Assert.True(VietnameseDate.TryParseWeekday(text, out var day));
        Assert.Equal(expected, day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Thứ 1")]
    [InlineData("Thứ 8")]
    [InlineData("T8")]
    [InlineData("thứ Mười")]
    [InlineData("Thứ")]
    [InlineData("Tuesday")]
    public void Non_weekdays_are_rejected(string text) =>
        Assert.False(VietnameseDate.TryParseWeekday(text, out _));

    [Theory]
    [InlineData(2024, 2, 20, "Thứ Ba, ngày 20 tháng 02 năm 2024")]
    [InlineData(2024, 2, 23, "Thứ Sáu, ngày 23 tháng 02 năm 2024")]
    [InlineData(2024, 2, 25, "Chủ nhật, ngày 25 tháng 02 năm 2024")]
    public void Long_format_with_weekday(int year, int month, int day, string expected)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal(expected, VietnameseDate.FormatLongWithWeekday(date));
        Assert.True(VietnameseDate.TryParse(expected, out var parsed, out _));
        Assert.Equal(date, parsed);
    }

    [Fact]
    public void Short_and_long_formats_pad_day_and_month()
    {
        var date = new DateOnly(2024, 1, 5);
        Assert.Equal("05/01/2024", VietnameseDate.FormatShort(date));
        Assert.Equal("ngày 05 tháng 01 năm 2024", VietnameseDate.FormatLong(date));
    }
}
