using System.Text;

namespace RaQuan.Text;

/// <summary>Text hygiene applied to everything read from content files.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Whether <paramref name="c"/> is in NFC whatever stands around it: a base character (no combining mark,
    /// nothing composes with what precedes it) without a canonical singleton decomposition. Latin with every
    /// Vietnamese letter precomposed (U+0000–U+024F, U+1E00–U+1EFF), dashes, quotes, ellipsis and the like
    /// (U+2010–U+2027, U+2030–U+205E), currency signs (U+20A0–U+20C0). <c>NfcTests</c> checks each against ICU.
    /// </summary>
    internal static bool IsAlwaysComposed(char c) =>
        c <= '\u024F' || c is (>= '\u1E00' and <= '\u1EFF') or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E') or (>= '\u20A0' and <= '\u20C0');

    /// <summary>
    /// Normalises to NFC. Text pasted from Word or macOS often arrives decomposed (NFD), which renders the same
    /// but breaks comparison, slugs and search. Text written only in characters that are always composed
    /// (<see cref="IsAlwaysComposed"/>), nearly every plan, is NFC as it is, found without asking ICU: that check
    /// was a sixtieth of a large build.
    /// </summary>
    public static string Nfc(string text) =>
        AllAlwaysComposed(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static bool AllAlwaysComposed(string text)
    {
        foreach (var c in text)
        {
            if (!IsAlwaysComposed(c))
            {
                return false;
            }
        }

        return true;
    }
}
