namespace RaQuan.Tests.Vietnamese;

/// <summary>NFC normalisation, and the characters it takes as composed without asking ICU.</summary>
public sealed class NfcTests
{
    private static readonly char[] AlwaysComposed = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
        .Where(c => !char.IsSurrogate(c) && VietnameseText.IsAlwaysComposed(c)).ToArray();

    [Fact]
    public void Every_pair_of_always_composed_characters_is_nfc_for_icu()
    {
        // Composition joins a starter and the character after it; characters that are NFC and compose with none of
        // them stay NFC in any order and number.
        Assert.True(AlwaysComposed.Length > 900, $"{AlwaysComposed.Length} characters");
        var notNfc = new List<string>();
        var pair = new char[2];
        foreach (var a in AlwaysComposed)
        {
            pair[0] = a;
            foreach (var b in AlwaysComposed)
            {
                pair[1] = b;
                if (!new string(pair).IsNormalized(NormalizationForm.FormC))
                {
                    notNfc.Add($"U+{(int)a:X4} U+{(int)b:X4}");
                }
            }
        }

        Assert.Empty(notNfc);
    }

    [Fact]
    public void Composed_text_is_kept_as_it_is()
    {
        const string text = "Ủy ban nhân dân xã Đắk La – “Lễ ra quân” 2.192 ₫…";
        Assert.Same(text, VietnameseText.Nfc(text));
    }

    [Fact]
    public void The_vectorised_check_agrees_with_the_check_of_each_character()
    {
        // The range ends and characters around them, at every position of texts longer and shorter than a vector.
        char[] edges = ['a', 'ằ', '\u024F', '\u0250', '\u0300', '\u1DFF', '\u1E00', '\u1EFF', '\u1F00', '\u200F', '\u2010',
            '\u2027', '\u2028', '\u202F', '\u2030', '\u205E', '\u205F', '\u209F', '\u20A0', '\u20C0', '\u20C1', '\uFFFF'];
        var random = new Random(20261130);
        var text = new char[70];
        var checkedTexts = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var length = random.Next(text.Length + 1);
            for (var i = 0; i < length; i++)
            {
                text[i] = random.Next(8) == 0 ? edges[random.Next(edges.Length)] : "Lễ ra quân Đắk –"[random.Next(16)];
            }

            var span = text.AsSpan(0, length);
            var expected = true;
            foreach (var c in span)
            {
                expected &= VietnameseText.IsAlwaysComposed(c);
            }

            Assert.True(expected == VietnameseText.AllAlwaysComposed(span), $"\"{span}\" ({length} characters)");
            checkedTexts += expected ? 1 : 0;
        }

        Assert.True(checkedTexts > 1_000, $"{checkedTexts} texts of composed characters only");
    }

    [Theory]
    [InlineData("Đa\u0306\u0301k Ha\u0300", "Đắk Hà")]
    [InlineData("Lễ ra quân e\u0301", "Lễ ra quân é")]
    [InlineData("\u2126 và \u212B", "\u03A9 và \u00C5")]
    [InlineData("Kon Tum \u0958", "Kon Tum \u0915\u093C")]
    public void Decomposed_text_and_singletons_are_composed(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Nfc(text));
}
