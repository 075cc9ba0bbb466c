namespace RaQuan.Vietnamese;

/// <summary>Makes ASCII URL slugs from Vietnamese text: "Đắk R'Lấp" becomes "dak-r-lap".</summary>
public static class Slug
{
    // What each character below U+2000 gives a slug when the whole text is made of such characters:
    // a lower-case ASCII letter or digit, Separates, or Unknown for a character only folding the text can tell
    // (see Join).
    private const char Separates = '-';
    private const char Unknown = '\0';
    private static readonly char[] Letters = LetterTable();

    /// <summary>Returns the slug of <paramref name="text"/>, or an empty string when it has no letters or digits.</summary>
    public static string From(string text) => Join(text, Letters) ?? Folded(text);

    /// <summary>The slug made by folding the text first, whatever it holds.</summary>
    internal static string Folded(string text) => Join(SearchFold.Fold(text), letters: null)!;

    /// <summary>
    /// Lower-case ASCII letters and digits, runs of anything else between them as one hyphen. With
    /// <paramref name="letters"/>, each character is read through that table, which serves when every character is
    /// ASCII, whitespace, đ, or a letter that decomposes into an ASCII character and non-spacing marks (every
    /// Vietnamese letter): then the folded text is ASCII, and each character's part of the slug depends on it alone.
    /// Null when a character is not of those. Folding (two Unicode normalisations and three strings) for the id of
    /// every heading of every plan was 1.0 % of a 10,000-plan build's samples; the table, 0.4 %. Without the table
    /// the text is folded already.
    /// </summary>
    private static string? Join(string text, char[]? letters)
    {
        var slug = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in text)
        {
            var letter = letters is null ? (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : Separates)
                : c < letters.Length ? letters[c] : Unknown;
            if (letter == Unknown)
            {
                return null;
            }

            if (letter == Separates)
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && length > 0)
            {
                slug[length++] = '-';
            }

            slug[length++] = letter;
            pendingHyphen = false;
        }

        return new string(slug[..length]);
    }

    private static char[] LetterTable()
    {
        var letters = new char[0x2000];
        for (var c = 0; c < letters.Length; c++)
        {
            // Only the Latin blocks are worked out (to U+024F, and U+1E00-U+1EFF where most Vietnamese letters are);
            // the rest stay Unknown and are folded. Normalising all 8,192 characters took 12 ms of every build's start.
            if (c is >= 0x250 and < 0x1E00)
            {
                continue;
            }

            var ch = (char)c;
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var first = ch is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(decomposed[0]);
            var marksOnly = true;
            foreach (var mark in decomposed.AsSpan(1))
            {
                marksOnly &= CharUnicodeInfo.GetUnicodeCategory(mark) == UnicodeCategory.NonSpacingMark;
            }

            // Every character below U+2000 that decomposes into ASCII has only non-spacing marks after it today;
            // marksOnly keeps the table to the rule whatever a later Unicode version adds.
            letters[c] = char.IsWhiteSpace(ch) ? Separates
                : first > 127 || !marksOnly ? Unknown
                : char.IsAsciiLetterLower(first) || char.IsAsciiDigit(first) ? first
                : Separates;
        }

        return letters;
    }

    /// <summary>True when <paramref name="slug"/> is already a valid slug: lower-case ASCII letters, digits and single inner hyphens.</summary>
    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.Length <= 200 && From(slug) == slug;
}
