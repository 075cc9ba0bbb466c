namespace RaQuan.Documents;

/// <summary>
/// Words a portal ran together when it dropped the space or line break between them ("PHÊDUYỆT", "BANHÀNH",
/// "THƯNGUYỄN"), and a quotation mark glued to the word before it ("Chào mừng"Lễ hội …"). A Vietnamese syllable
/// has one group of vowels, so a word with two is two syllables; it is split where both halves are words the
/// document itself uses elsewhere, the most used pair winning ("BAN HÀNH" rather than "BA NHÀNH"), or else where
/// the shape of Vietnamese syllables allows a single split ("PHÊDUYỆT": "PHÊ DUYỆT", since no syllable ends in D).
/// </summary>
internal static partial class RunTogether
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string? Repair(string? text, IReadOnlyList<SourceLine> lines)
    {
        if (text is null)
        {
            return null;
        }

        var s = GluedQuotes(text);
        if (!Word().Matches(s).Any(m => IsRunTogether(m.Value)))
        {
            return s;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (Match m in Word().Matches(line.Plain))
            {
                var word = m.Value.ToLower(Vietnamese);
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return Word().Replace(s, m => IsRunTogether(m.Value) ? Split(m.Value, counts) : m.Value);
    }

    private static bool IsRunTogether(string word) =>
        word.Length >= 4 && word.Any(c => c > '\u007F') && VowelGroups(word) >= 2
        && (word.All(c => !char.IsLower(c)) || word.All(c => !char.IsUpper(c)));

    private static string Split(string word, Dictionary<string, int> counts)
    {
        var best = (Score: 0, At: -1);
        var wellFormed = new List<int>();
        for (var i = 1; i < word.Length; i++)
        {
            var left = word[..i];
            var right = word[i..];
            if (VowelGroups(left) != 1 || VowelGroups(right) != 1)
            {
                continue;
            }

            if (Final().IsMatch(SearchFold.Fold(left)) && Onset().IsMatch(SearchFold.Fold(right)))
            {
                wellFormed.Add(i);
            }

            var score = Math.Min(counts.GetValueOrDefault(left.ToLower(Vietnamese)), counts.GetValueOrDefault(right.ToLower(Vietnamese)));
            if (score > best.Score)
            {
                best = (score, i);
            }
        }

        // A word the document uses nowhere else splits only where the syllables' shape allows one place alone.
        if (best.At < 0 && wellFormed.Count == 1)
        {
            best = (0, wellFormed[0]);
        }

        return best.At < 0 ? word : word[..best.At] + " " + word[best.At..];
    }

    private static int VowelGroups(string word)
    {
        var groups = 0;
        var inVowels = false;
        foreach (var c in SearchFold.Fold(word))
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            groups += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
        }

        return groups;
    }

    // An opening straight quote (the 1st, 3rd …) glued to the word before it, or a closing one to the word after.
    private static string GluedQuotes(string text)
    {
        if (!text.Contains('"', StringComparison.Ordinal))
        {
            return text;
        }

        var b = new StringBuilder(text.Length + 4);
        var open = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && open && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                b.Append(' ');
            }

            b.Append(c);
            if (c == '"' && !open && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                b.Append(' ');
            }

            open = c == '"' ? !open : open;
        }

        return b.ToString();
    }

    // The consonants a Vietnamese syllable may end in, after its vowels.
    [GeneratedRegex(@"[aeiouy](?:c|ch|m|n|ng|nh|p|t)?$")]
    private static partial Regex Final();

    // The consonants a Vietnamese syllable may start with (at least one: two run-together words meet at a consonant).
    [GeneratedRegex(@"^(?:b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|q|r|s|t|th|tr|v|x)[aeiouy]")]
    private static partial Regex Onset();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();
}
