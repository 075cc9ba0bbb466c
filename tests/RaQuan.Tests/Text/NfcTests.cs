using System.Text;
using RaQuan.Text;

namespace RaQuan.Tests.Text;

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

    [Theory]
    [InlineData("Đa\u0306\u0301k Ha\u0300", "Đắk Hà")]
    [InlineData("Lễ ra quân e\u0301", "Lễ ra quân é")]
    [InlineData("\u2126 và \u212B", "\u03A9 và \u00C5")]
    [InlineData("Kon Tum \u0958", "Kon Tum \u0915\u093C")]
    public void Decomposed_text_and_singletons_are_composed(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Nfc(text));
}
