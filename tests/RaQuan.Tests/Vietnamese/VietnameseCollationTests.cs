namespace RaQuan.Tests.Vietnamese;

public sealed class VietnameseCollationTests
{
    [Theory]
    [InlineData("Dục", "Đắk Hà")]
    [InlineData("Đắk Hà", "Eo")]
    [InlineData("Azur", "Ăn")]
    [InlineData("Ăn", "Âu")]
    [InlineData("Âu", "Ba")]
    [InlineData("Oanh", "Ôi")]
    [InlineData("Ôi", "Ơn")]
    [InlineData("Uyên", "Ưng")]
    [InlineData("Kon Rẫy", "Kon Tum")]
    public void Vietnamese_letters_sort_in_alphabet_order(string before, string after)
    {
        Assert.True(VietnameseCollation.Comparer.Compare(before, after) < 0, $"{before} should sort before {after}");
        Assert.True(VietnameseCollation.Comparer.Compare(after, before) > 0, $"{after} should sort after {before}");
    }

    [Fact]
    public void Sorting_unit_names_follows_the_vietnamese_alphabet()
    {
        string[] names = ["Eo", "Đắk Hà", "Ăn Khê", "Dục", "Azur", "Âu Cơ", "Bình"];
        var sorted = names.Order(VietnameseCollation.Comparer).ToArray();
        Assert.Equal(["Azur", "Ăn Khê", "Âu Cơ", "Bình", "Dục", "Đắk Hà", "Eo"], sorted);
    }

    [Fact]
    public void Composed_and_decomposed_names_compare_equal() =>
        Assert.Equal(0, VietnameseCollation.Comparer.Compare("Đắk Hà", "Đắk Hà".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Order_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // English order puts "Ăn" before "Azur", treating ă as a with an accent.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.True(VietnameseCollation.Comparer.Compare("Azur", "Ăn") < 0);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
