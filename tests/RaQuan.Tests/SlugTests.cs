using RaQuan.Text;

namespace RaQuan.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Đắk R'Lấp", "dak-r-lap")]
    [InlineData("Kon Rẫy", "kon-ray")]
    [InlineData("Đăk Hà", "dak-ha")]
    [InlineData("Lục Ba", "luc-ba")]
    [InlineData("Thành phố Kon Tum", "thanh-pho-kon-tum")]
    [InlineData("Kế hoạch 66/KH-UBND: Lễ ra quân đầu năm 2024", "ke-hoach-66-kh-ubnd-le-ra-quan-dau-nam-2024")]
    [InlineData("  --Ia H'Drai--  ", "ia-h-drai")]
    [InlineData("Tu Mơ Rông", "tu-mo-rong")]
    [InlineData("thuỷ lợi và thủy lợi", "thuy-loi-va-thuy-loi")]
    [InlineData("!!!", "")]
    public void Slug_is_ascii_from_vietnamese(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Decomposed_input_gives_the_same_slug_as_composed() =>
        Assert.Equal(Slug.From("Đắk Tô"), Slug.From("Đắk Tô".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("dak-ha", true)]
    [InlineData("Dak-Ha", false)]
    [InlineData("dak--ha", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_canonical_slugs(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));
}
