namespace RaQuan.Vietnamese;

/// <summary>
/// Folds text for search, so that a reader typing "dak ha" finds "Đắk Hà", "Đăk Hà" and "ĐẮK HÀ".
/// </summary>
public static class SearchFold
{
    /// <summary>
    /// Lower-cases, removes every diacritic including the stroke of đ/Đ, and collapses whitespace to single spaces.
    /// Old-style ("hoà", "thuỷ") and new-style ("hòa", "thủy") tone placement fold to the same text.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // Unicode gives đ/Đ no decomposition: the stroke is part of the letter, yet Vietnamese readers type "d".
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Lower-cases one word and moves its tone mark (huyền, sắc, hỏi, ngã, nặng) to the end, keeping every other mark:
    /// "hòa" and "hoà" give the same key, "hoa" and "hóa" different ones. It tells an exact-diacritic match from a
    /// folded one without caring where the writer placed the tone.
    /// </summary>
    public static string Accented(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        char? tone = null;
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tone = c;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        if (tone is { } mark)
        {
            builder.Append(mark);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The folded words of <paramref name="text"/>: runs of letters and digits, so "66/KH-UBND" gives "66", "kh", "ubnd".
    /// </summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }

        return tokens;
    }
}
