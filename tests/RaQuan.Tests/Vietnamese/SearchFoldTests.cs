namespace RaQuan.Tests.Vietnamese;

public sealed class SearchFoldTests
{
    [Theory]
    [InlineData("Đăk Hà", "dak ha")]
    [InlineData("Đắk Hà", "dak ha")]
    [InlineData("ĐẮK HÀ", "dak ha")]
    [InlineData("dak ha", "dak ha")]
    [InlineData("hòa", "hoa")]
    [InlineData("hoà", "hoa")]
    [InlineData("thủy", "thuy")]
    [InlineData("thuỷ", "thuy")]
    [InlineData("  Đắk\tR'Lấp \n ", "dak r'lap")]
    [InlineData("Ủy ban nhân dân", "uy ban nhan dan")]
    [InlineData("Kế hoạch 66/KH-UBND", "ke hoach 66/kh-ubnd")]
    [InlineData("Lễ ra quân", "le ra quan")]
    public void Fold_removes_case_and_every_diacritic(string text, string expected) =>
        Assert.Equal(expected, SearchFold.Fold(text));

    [Theory]
    [InlineData("Đắk Hà")]
    [InlineData("Thừa Thiên Huế")]
    [InlineData("Ủy ban nhân dân tỉnh Kon Tum")]
    public void Fold_ignores_unicode_normalisation(string text) =>
        Assert.Equal(SearchFold.Fold(text.Normalize(NormalizationForm.FormC)), SearchFold.Fold(text.Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("Kế hoạch 66/KH-UBND", new[] { "ke", "hoach", "66", "kh", "ubnd" })]
    [InlineData("huyện Đắk R'Lấp", new[] { "huyen", "dak", "r", "lap" })]
    [InlineData("(14/01 năm Giáp Thìn).", new[] { "14", "01", "nam", "giap", "thin" })]
    [InlineData("  ", new string[0])]
    public void Tokens_are_folded_words_and_numbers(string text, string[] expected) =>
        Assert.Equal(expected, SearchFold.Tokens(text));
}
