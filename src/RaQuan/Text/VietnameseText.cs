using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>Whether every character of <paramref name="text"/> is <see cref="IsAlwaysComposed"/>, sixteen at a time.</summary>
    internal static bool AllAlwaysComposed(ReadOnlySpan<char> text)
    {
        // One character at a time this was 4 % of a large build's samples: it reads every plan twice.
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                if (!AllAlwaysComposed(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(units), (nuint)i)))
                {
                    return false;
                }
            }
        }

        for (; i < units.Length; i++)
        {
            if (!IsAlwaysComposed((char)units[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The ranges of IsAlwaysComposed, each an unsigned "c - first < length" so one compare tests both ends.
    private static bool AllAlwaysComposed(Vector256<ushort> c)
    {
        var composed = Vector256.LessThan(c, Vector256.Create((ushort)0x0250))
            | Vector256.Equals(c & Vector256.Create((ushort)0xFF00), Vector256.Create((ushort)0x1E00))
            | Vector256.LessThan(c - Vector256.Create((ushort)0x2010), Vector256.Create((ushort)(0x2027 - 0x2010 + 1)))
            | Vector256.LessThan(c - Vector256.Create((ushort)0x2030), Vector256.Create((ushort)(0x205E - 0x2030 + 1)))
            | Vector256.LessThan(c - Vector256.Create((ushort)0x20A0), Vector256.Create((ushort)(0x20C0 - 0x20A0 + 1)));
        return composed == Vector256<ushort>.AllBitsSet;
    }
}
