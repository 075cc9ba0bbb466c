using System.Globalization;
using RaQuan.Text;

namespace RaQuan.Search;

/// <summary>Splits text into words the way <see cref="SearchFold.Tokens"/> does, keeping each word's accented form too.</summary>
internal static class SearchWords
{
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
                foreach (var pair in Word(text[start..i]))
                {
                    yield return pair;
                }

                start = -1;
            }
        }
    }

    private static IEnumerable<(string, string)> Word(string word)
    {
        if (IsAsciiWord(word))
        {
            var lower = word.ToLowerInvariant();
            return [(lower, lower)];
        }

        var tokens = SearchFold.Tokens(word);
        return tokens.Count == 1 ? [(tokens[0], SearchFold.Accented(word))] : tokens.Select(t => (t, t));
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

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
