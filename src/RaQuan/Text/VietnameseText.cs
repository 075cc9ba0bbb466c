using System.Buffers;
using System.Text;

namespace RaQuan.Text;

/// <summary>Text hygiene applied to everything read from content files.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Letters and punctuation that are in NFC whatever stands around them: base characters (no combining mark,
    /// nothing composes with what precedes them) without a canonical singleton decomposition. Latin with every
    /// Vietnamese letter precomposed (U+0000–U+024F, U+1E00–U+1EFF), dashes, quotes, ellipsis and the like
    /// (U+2010–U+2027, U+2030–U+205E), currency signs (U+20A0–U+20C0). <c>NfcTests</c> checks each against ICU.
    /// </summary>
    internal static readonly SearchValues<char> AlwaysComposed = SearchValues.Create(
        string.Concat(Range('\u0000', '\u024F'), Range('\u1E00', '\u1EFF'), Range('\u2010', '\u2027'), Range('\u2030', '\u205E'),
            Range('\u20A0', '\u20C0')));

    /// <summary>
    /// Normalises to NFC. Text pasted from Word or macOS often arrives decomposed (NFD), which renders the same
    /// but breaks comparison, slugs and search. Text written only in <see cref="AlwaysComposed"/>, nearly every
    /// plan, is NFC as it is, found without asking ICU: that check was a sixtieth of a large build.
    /// </summary>
    public static string Nfc(string text) =>
        !text.AsSpan().ContainsAnyExcept(AlwaysComposed) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static string Range(char first, char last) => string.Create(last - first + 1, first, (span, start) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)(start + i);
        }
    });
}
