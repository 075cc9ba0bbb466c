using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RaQuan.Vietnamese;

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
    /// <remarks>
    /// ICU refuses to normalise text holding a noncharacter or a lone surrogate (<see cref="IndexOfInvalid"/>); the
    /// loaders report those as content errors, and any that reach here some other way become U+FFFD.
    /// </remarks>
    public static string Nfc(string text)
    {
        if (AllAlwaysComposed(text))
        {
            return text;
        }

        if (IndexOfInvalid(text) >= 0)
        {
            text = ReplaceInvalid(text);
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    // What may start a noncharacter or a lone surrogate: every surrogate, U+FDD0–U+FDEF, U+FFFE and U+FFFF.
    private static readonly SearchValues<char> MaybeInvalid = SearchValues.Create(
        [.. Enumerable.Range(0xD800, 0x800).Select(c => (char)c), .. Enumerable.Range(0xFDD0, 0x20).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>
    /// Where <paramref name="text"/> first holds a code point no text may hold, or -1: a noncharacter (U+FDD0–U+FDEF
    /// and the last two of every plane, U+FFFE, U+FFFF, U+1FFFE… — Unicode §23.7, "for internal use") or half of a
    /// surrogate pair without the other half. They are invisible, crash ICU's normalisation, and XML may not hold them.
    /// </summary>
    public static int IndexOfInvalid(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(MaybeInvalid); at >= 0;)
        {
            var c = text[at];
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                if ((char.ConvertToUtf32(c, text[at + 1]) & 0xFFFE) == 0xFFFE)
                {
                    return at;
                }

                var next = text[(at + 2)..].IndexOfAny(MaybeInvalid);
                at = next < 0 ? -1 : at + 2 + next;
                continue;
            }

            return at;
        }

        return -1;
    }

    /// <summary>The code point at <paramref name="index"/> (a found <see cref="IndexOfInvalid"/>), as "U+FFFE".</summary>
    public static string CodePointName(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? $"U+{char.ConvertToUtf32(text[index], text[index + 1]):X4}"
            : $"U+{(int)text[index]:X4}";

    private static string ReplaceInvalid(string text)
    {
        var builder = new StringBuilder(text.Length);
        var from = 0;
        for (var at = IndexOfInvalid(text); at >= 0; at = IndexOfInvalid(text.AsSpan(from)) is var next and >= 0 ? from + next : -1)
        {
            var width = char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;
            builder.Append(text, from, at - from).Append('\uFFFD');
            from = at + width;
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

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
