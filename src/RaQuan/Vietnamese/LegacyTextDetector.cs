using System.Buffers;
using System.Collections.Frozen;

namespace RaQuan.Vietnamese;

/// <summary>Where text in a legacy encoding was found: the encoding, the 1-based line, and a word as it reads and as it should.</summary>
public sealed record LegacyText(LegacyEncoding Encoding, int Line, string Word, string Meant);

/// <summary>
/// Finds TCVN3 or VNI text posing as Unicode ("ngµy", "ngaøy" for "ngày"). A word is suspect when it joins ASCII
/// letters with a Latin-1 character that no Vietnamese word uses but a legacy table does (µ, ®, ø, ñ…); one such word
/// could be a unit (µm), so a file needs two, unless one of them is three letters or more that a legacy table reads as a
/// well-formed Vietnamese syllable ("ho¹ch", "hoaïch", "§¾k"): a short name or a title mixing legacy and Unicode text
/// holds one legacy word. TCVN3 covers nearly every high byte, so it reads anything; the file is VNI when VNI alone
/// reads all its suspect words.
/// </summary>
public static partial class LegacyTextDetector
{
    private const int WordsNeeded = 2;

    private static readonly FrozenSet<char> LegacyOnly = LegacyTables.Tcvn3.Values.Concat(LegacyTables.Vni.Values)
        .SelectMany(code => code)
        .Where(c => c >= '\u00a1' && c <= '\u00ff' && !LegacyTables.VietnameseLetters.Contains(c))
        .ToFrozenSet();

    // A word is suspect only if it holds one of these, so text without any (nearly all of it) is passed over in one
    // vectorised scan instead of word by word.
    private static readonly SearchValues<char> AnyLegacyOnly = SearchValues.Create([.. LegacyOnly]);

    // The same characters by their UTF-8 bytes: each is two, C2 or C3 and the low six bits.
    private static readonly bool[] LegacyOnlyUtf8 = [.. Enumerable.Range(0x80, 0x80).Select(c => LegacyOnly.Contains((char)c))];

    /// <summary>Each lower-case vowel, and whether it carries a tone.</summary>
    private static readonly FrozenDictionary<char, bool> VowelTones =
        LegacyTables.Vowels.SelectMany(v => v.Select((c, tone) => (c, tone > 0))).ToFrozenDictionary(p => p.c, p => p.Item2);

    /// <summary>
    /// Whether valid UTF-8 bytes hold a character that <see cref="Find"/> looks for; when they do not, their text has
    /// no suspect word, and <see cref="Find"/> over a text of which they are whole lines finds what it finds in the
    /// other lines.
    /// </summary>
    public static bool MayHoldLegacyText(ReadOnlySpan<byte> utf8)
    {
        for (var at = utf8.IndexOfAny((byte)0xC2, (byte)0xC3); at >= 0 && at + 1 < utf8.Length;)
        {
            if (LegacyOnlyUtf8[((utf8[at] & 0x1) << 6) | (utf8[at + 1] & 0x3F)])
            {
                return true;
            }

            var next = utf8[(at + 1)..].IndexOfAny((byte)0xC2, (byte)0xC3);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    public static LegacyText? Find(string text)
    {
        if (!text.AsSpan().ContainsAny(AnyLegacyOnly))
        {
            return null;
        }

        var suspects = new List<(int Line, string Word)>();
        var line = 1;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsWordChar(c))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && IsSuspect(text[start..i]))
            {
                suspects.Add((line, text[start..i]));
            }

            start = -1;
            line += c == '\n' ? 1 : 0;
        }

        if (suspects.Count < WordsNeeded && !suspects.Any(s => IsStrong(s.Word)))
        {
            return null;
        }

        var encoding = suspects.All(s => IsWellFormed(LegacyEncodings.Decode(s.Word, LegacyEncoding.Vni)))
            ? LegacyEncoding.Vni
            : LegacyEncoding.Tcvn3;
        var (firstLine, word) = suspects[0];
        var meant = LegacyEncodings.Decode(word, encoding);
        return new LegacyText(encoding, firstLine, word, encoding == LegacyEncoding.Tcvn3 ? LegacyCapitals.Restore(meant) : meant);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetter(c) || (c >= '\u00a1' && c <= '\u00ff') || LegacyTables.VietnameseLetters.Contains(c);

    private static bool IsSuspect(string word)
    {
        if (!word.Any(char.IsAsciiLetter))
        {
            return false;
        }

        var hasLegacy = false;
        for (var i = 0; i < word.Length; i++)
        {
            // « and » quote words ("«Ra quân»"), so they count only inside one, where TCVN3 puts ô and ».
            var inside = i > 0 && i < word.Length - 1;
            hasLegacy |= IsLegacyOnly(word[i]) && (inside || word[i] is not ('«' or '»'));
        }

        // Foreign names ("naïve", "Zürich") and footnote marks ("sau¹") hold such characters too, but do not read as
        // one Vietnamese syllable.
        return hasLegacy
            && (IsWellFormed(LegacyEncodings.Decode(word, LegacyEncoding.Tcvn3)) || IsWellFormed(LegacyEncodings.Decode(word, LegacyEncoding.Vni)));
    }

    /// <summary>Toned vowels → the vowel without its tone ("ạ" → "a", "ấ" → "â").</summary>
    private static readonly FrozenDictionary<char, char> Toneless =
        LegacyTables.Vowels.SelectMany(v => v.Select(c => (c, v[0]))).ToFrozenDictionary(p => p.c, p => p.Item2);

    /// <summary>Whether a legacy table reads the word as a syllable of three letters or more spelled as Vietnamese is.</summary>
    private static bool IsStrong(string word) =>
        word.Length >= 3 && (IsWellFormed(LegacyEncodings.Decode(word, LegacyEncoding.Tcvn3)) || IsWellFormed(LegacyEncodings.Decode(word, LegacyEncoding.Vni)));

    private static bool IsWellFormed(string word)
    {
        if (!IsSyllable(word))
        {
            return false;
        }

        var toneless = new string([.. word.ToLowerInvariant().Select(c => Toneless.GetValueOrDefault(c, c))]);
        return WellFormedSyllable().IsMatch(toneless);
    }

    // An initial consonant, a vowel or one of the clusters Vietnamese spells, a final consonant; "k" ends the names of
    // the Central Highlands (Đắk, Lắk). A footnote mark after a word ("sau¹", where TCVN3 reads ạ) makes no cluster.
    [System.Text.RegularExpressions.GeneratedRegex(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
        + "(iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])"
        + "(ch|ng|nh|[cmnptk])?$")]
    private static partial System.Text.RegularExpressions.Regex WellFormedSyllable();

    /// <summary>Vietnamese letters only, with one run of vowels that carries at most one tone: "ngày", "Phát", "quân".</summary>
    private static bool IsSyllable(string word)
    {
        var runs = 0;
        var tones = 0;
        var previousVowel = false;
        foreach (var c in word)
        {
            if (!IsLetterOfVietnamese(c))
            {
                return false;
            }

            var vowel = VowelTones.TryGetValue(char.ToLowerInvariant(c), out var toned);
            runs += vowel && !previousVowel ? 1 : 0;
            tones += vowel && toned ? 1 : 0;
            previousVowel = vowel;
        }

        return runs == 1 && tones <= 1;
    }

    private static bool IsLegacyOnly(char c) => LegacyOnly.Contains(c);

    private static bool IsLetterOfVietnamese(char c) => char.IsAsciiLetter(c) || LegacyTables.VietnameseLetters.Contains(c);
}
