using RaQuan.Rendering.Results;

namespace RaQuan.Tests.Results;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+84 260", "'+84 260")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Xã Đắk La", "Xã Đắk La")]
    [InlineData("Huyện A = B", "Huyện A = B")]
    [InlineData("", "")]
    public void Text_cells_that_a_spreadsheet_would_run_get_an_apostrophe(string cell, string written)
    {
        Assert.Equal(written, FormulaGuard.Neutralise(cell));
    }
}
