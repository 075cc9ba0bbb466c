namespace RaQuan.Tests.Vietnamese;

public sealed class VietnameseNumberTests
{
    [Theory]
    [InlineData("2.192", "2192")]
    [InlineData("39,42", "39.42")]
    [InlineData("13.136,1", "13136.1")]
    [InlineData("4.482,38", "4482.38")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("98,01", "98.01")]
    [InlineData("83.900", "83900")]
    [InlineData("-5", "-5")]
    [InlineData("0,5", "0.5")]
    [InlineData("508", "508")]
    [InlineData("03", "3")]
    [InlineData("1,234", "1.234")]
    [InlineData("  189,5  ", "189.5")]
    [InlineData("98,01%", "98.01")]
    [InlineData("75,7 %", "75.7")]
    public void Dot_groups_thousands_and_comma_marks_decimals(string text, string expected)
    {
        Assert.True(VietnameseNumber.TryParse(text, out var value, out var error), error);
        Assert.Equal(Dec(expected), value);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("1,234.5", "write \"1.234,5\"")]
    [InlineData("1,234,567", "write \"1.234.567\"")]
    [InlineData("2.19", "write \"2,19\"")]
    [InlineData("2.1", "write \"2,1\"")]
    [InlineData("1.5%", "write \"1,5%\"")]
    [InlineData("12.34.567", "groups its digits wrongly")]
    [InlineData("1234.567", "groups its digits wrongly")]
    [InlineData("12,", "ends with the decimal mark")]
    [InlineData("", "has no digits")]
    [InlineData("-", "has no digits")]
    [InlineData("hai", "is not a number")]
    [InlineData("1..234", "is not a number")]
    [InlineData(".5", "is not a number")]
    [InlineData("99999999999999999999999999999999", "too large")]
    public void Non_vietnamese_numbers_are_rejected_with_a_fix(string text, string expectedInError)
    {
        Assert.False(VietnameseNumber.TryParse(text, out _, out var error));
        Assert.Contains(expectedInError, error, StringComparison.Ordinal);
    }

    [Fact]
    public void English_decimal_error_explains_the_vietnamese_convention()
    {
        VietnameseNumber.TryParse("2.19", out _, out var error);
        Assert.Equal(
            "\"2.19\" looks like an English-style number; Vietnamese uses \".\" between thousands and \",\" as the decimal mark, so write \"2,19\"",
            error);
    }

    [Theory]
    [InlineData("2192", "2.192")]
    [InlineData("39.42", "39,42")]
    [InlineData("39.40", "39,4")]
    [InlineData("13136.1", "13.136,1")]
    [InlineData("1234567", "1.234.567")]
    [InlineData("-5", "-5")]
    [InlineData("-1234.5", "-1.234,5")]
    [InlineData("0.5", "0,5")]
    [InlineData("0.00", "0")]
    [InlineData("508", "508")]
    public void Format_writes_vietnamese_grouping_without_trailing_zeros(string invariant, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Format(Dec(invariant)));

    [Theory]
    [InlineData("2.192")]
    [InlineData("13.136,1")]
    [InlineData("-4.482,38")]
    [InlineData("0,05")]
    public void Format_round_trips_through_TryParse(string text)
    {
        Assert.True(VietnameseNumber.TryParse(text, out var value, out _));
        Assert.Equal(text, VietnameseNumber.Format(value));
    }

    [Theory]
    [InlineData("2.192 tỷ đồng", "2192", "tỷ đồng", null)]
    [InlineData("39,42 triệu đồng/người/năm;", "39.42", "triệu đồng/người/năm", null)]
    [InlineData("13.136,1 ha", "13136.1", "ha", null)]
    [InlineData("4.482,38ha", "4482.38", "ha", null)]
    [InlineData("6.278con", "6278", "con", null)]
    [InlineData("31.500 con.", "31500", "con", null)]
    [InlineData("98,01%", "98.01", "%", null)]
    [InlineData("75,7 %", "75.7", "%", null)]
    [InlineData("trên 90%", "90", "%", "trên")]
    [InlineData("dưới 3,7%", "3.7", "%", "dưới")]
    [InlineData("ít nhất: 4,5%", "4.5", "%", "ít nhất")]
    [InlineData("đạt 99,1%;", "99.1", "%", "đạt")]
    [InlineData("đạt trên 99%.", "99", "%", "trên")]
    [InlineData("Khoảng 170  ha", "170", "ha", "khoảng")]
    [InlineData("không quá 15.428 triệu đồng", "15428", "triệu đồng", "không quá")]
    [InlineData("145 giường", "145", "giường", null)]
    [InlineData("1.278,3;", "1278.3", "", null)]
    public void Quantity_splits_qualifier_value_and_unit(string text, string value, string unit, string? qualifier)
    {
        Assert.True(VietnameseNumber.TryParseQuantity(text, out var q));
        Assert.Equal(new Quantity(Dec(value), unit, qualifier), q);
    }

    [Fact]
    public void Quantity_reads_decomposed_text_like_composed() =>
        Assert.True(VietnameseNumber.TryParseQuantity("trên 90%".Normalize(System.Text.NormalizationForm.FormD), out var q)
            && q.Qualifier == "trên");

    [Theory]
    [InlineData("")]
    [InlineData("tỷ đồng")]
    [InlineData("trên")]
    [InlineData("1,234.5 ha")]
    [InlineData("2.19 ha")]
    [InlineData("trênx 90%")]
    public void Quantity_without_a_vietnamese_number_is_rejected(string text) =>
        Assert.False(VietnameseNumber.TryParseQuantity(text, out _));

    private static decimal Dec(string invariant) => decimal.Parse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture);
}
