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

    [Fact]
    public void Every_character_gives_the_slug_folding_the_text_gives()
    {
        // Without folding, for most texts (see Slug.Join): each character alone, between letters and beside spaces,
        // and the characters that can follow one another in a text (marks after letters, letters after marks).
        var failures = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = ((char)c).ToString();
            foreach (var text in new[] { ch, $"a{ch}b", $"Đ {ch} ơ", $"{ch}\u0301", $"ế{ch}{ch}9" })
            {
                if (Outcome(Slug.From, text) is var quick && quick != Outcome(Slug.Folded, text))
                {
                    failures.Add($"U+{c:X4} in \"{text}\": {quick} instead of {Outcome(Slug.Folded, text)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Random_vietnamese_headings_give_the_slug_folding_them_gives()
    {
        const string letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯÂ0123456789  .,:;()/-–'\"\u00a0\t";
        var random = new Random(20261130);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => letters[random.Next(letters.Length)]));
            Assert.Equal(Slug.Folded(text), Slug.From(text));
        }
    }

    // A lone surrogate cannot be normalised: both ways must refuse it alike.
    private static string Outcome(Func<string, string> slug, string text)
    {
        try
        {
            return slug(text);
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    [Theory]
    [InlineData("dak-ha", true)]
    [InlineData("Dak-Ha", false)]
    [InlineData("dak--ha", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_canonical_slugs(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));
}
