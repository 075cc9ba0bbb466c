using System.Globalization;
using RaQuan.Text;

namespace RaQuan.Search;

/// <summary>Splits text into words the way <see cref="SearchFold.Tokens"/> does, keeping each word's accented form too.</summary>
internal static class SearchWords
{
    /// <summary>
    /// Words already folded. Vietnamese is written in a few thousand distinct syllables, so almost every word of a
    /// large site is found here and folding (four Unicode normalisations a word) runs once per spelling rather than
    /// once per occurrence. One table per thread: a shared concurrent table cost twice as much per lookup, and each
    /// thread soon holds the same few thousand words. Bounded, so random input cannot grow it without end: past the
    /// bound words are folded every time.
    /// </summary>
    private const int CacheLimit = 200_000;

    [ThreadStatic]
    private static Dictionary<string, (string Folded, string Accented)[]>? _cache;

    private static Dictionary<string, (string Folded, string Accented)[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =>
        (_cache ??= new Dictionary<string, (string, string)[]>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each word as (folded, accented): "Hoà" gives ("hoa", "hoà"); see <see cref="SearchFold.Accented"/>.</summary>
    public static IEnumerable<(string Folded, string Accented)> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                foreach (var pair in Word(text.AsSpan(start, i - start)))
                {
                    yield return pair;
                }

                start = -1;
            }
        }
    }

    private static (string, string)[] Word(ReadOnlySpan<char> word)
    {
        var lookup = Lookup;
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var pairs = Fold(text);
        if (lookup.Dictionary.Count < CacheLimit)
        {
            lookup.Dictionary[text] = pairs;
        }

        return pairs;
    }

    private static (string, string)[] Fold(string word)
    {
        if (IsAsciiWord(word))
        {
            var lower = word.ToLowerInvariant();
            return [(lower, lower)];
        }

        var tokens = SearchFold.Tokens(word);
        return tokens.Count == 1 ? [(tokens[0], SearchFold.Accented(word))] : [.. tokens.Select(t => (t, t))];
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c > 127 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));

    private static bool IsAsciiWord(string word)
    {
        foreach (var c in word)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
