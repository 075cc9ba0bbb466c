using System.Runtime.InteropServices;

namespace RaQuan.Search;

/// <summary>Splits text into words the way <see cref="SearchFold.Tokens"/> does, keeping each word's accented form too.</summary>
internal static class SearchWords
{
    /// <summary>
    /// Spellings already folded. Vietnamese is written in a few thousand distinct syllables, so almost every word of
    /// a large site is found here and folding (four Unicode normalisations a word) runs once per spelling rather than
    /// once per occurrence. One table per thread: a shared concurrent table cost twice as much per lookup, and each
    /// thread soon holds the same few thousand words. Bounded, so random input cannot grow it without end: past the
    /// bound the thread starts new tables, between two documents (<see cref="StartDocument"/>), as all of one
    /// document's spellings of a word must share its <see cref="FoldedWord"/>.
    /// </summary>
    private const int CacheLimit = 200_000;

    // The folded words, pairs of words included (a body holds far more pairs than spellings), start again past this.
    private const int FoldedLimit = 2_000_000;

    [ThreadStatic]
    private static SpellingTable? _cache;

    // This thread's folded words, one object each, which the spellings in _cache point to.
    [ThreadStatic]
    private static Dictionary<string, FoldedWord>? _folded;

    // Which characters are part of a word, one bit each: the Unicode category tests were a tenth of indexing.
    private static readonly ulong[] WordChars = WordCharTable();

    /// <summary>How many spellings this thread's table holds.</summary>
    internal static int KnownSpellings => _cache?.Count ?? 0;

    /// <summary>Starts this thread's tables again if they have grown past their bound; called before each document.</summary>
    public static void StartDocument()
    {
        if ((_cache is not null && _cache.Count > CacheLimit) || (_folded is not null && _folded.Count > FoldedLimit))
        {
            (_cache, _folded) = (null, null);
        }
    }

    /// <summary>Each word of <paramref name="text"/>, as the spelling it is written in; see <see cref="Spelling.Words"/>.</summary>
    public static Enumerator Of(string text)
    {
        if (_cache is null || _folded is null)
        {
            (_cache, _folded) = (new SpellingTable(), new Dictionary<string, FoldedWord>(StringComparer.Ordinal));
        }

        return new(text, _cache, _folded);
    }

    /// <summary>
    /// This thread's <see cref="FoldedWord"/> for two folded words joined ("dak" and "ha" give "dakha"), without a
    /// string for the pair once it is known: every two neighbouring words of every body ask for one.
    /// </summary>
    public static FoldedWord Word(string first, string second)
    {
        if (_cache is null || _folded is null)
        {
            (_cache, _folded) = (new SpellingTable(), new Dictionary<string, FoldedWord>(StringComparer.Ordinal));
        }

        var length = first.Length + second.Length;
        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        first.AsSpan().CopyTo(joined);
        second.AsSpan().CopyTo(joined[first.Length..]);
        var lookup = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(joined, out var word) ? word : WordOf(joined.ToString(), _folded);
    }

    private static bool IsWordChar(ulong[] wordChars, char c) => (wordChars[c >> 6] & (1UL << c)) != 0;

    /// <summary>The spellings of a text, without an allocation per word once they are known.</summary>
    public ref struct Enumerator(string text, SpellingTable known, Dictionary<string, FoldedWord> folded)
    {
        private int _end;

        // The table in a field: read through the static, every character paid a check that the class was set up.
        private readonly ulong[] _wordChars = WordChars;

        public Spelling Current { get; private set; } = null!;

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            // In locals: read and written through the enumerator, its fields went to memory and back at every character.
            ReadOnlySpan<char> chars = text;
            var wordChars = _wordChars;
            var start = _end;
            while (start < chars.Length && !IsWordChar(wordChars, chars[start]))
            {
                start++;
            }

            if (start == chars.Length)
            {
                return false;
            }

            // The word's hash is made while finding its end: one pass over its characters.
            var hash = SpellingTable.Step(SpellingTable.Seed, chars[start]);
            var end = start + 1;
            while (end < chars.Length && IsWordChar(wordChars, chars[end]))
            {
                hash = SpellingTable.Step(hash, chars[end]);
                end++;
            }

            _end = end;
            Current = Find(chars[start..end], hash);
            return true;
        }

        private readonly Spelling Find(ReadOnlySpan<char> word, uint hash)
        {
            if (known.Find(word, hash) is { } spelling)
            {
                return spelling;
            }

            var key = word.ToString();
            spelling = new Spelling(Fold(key, folded));
            known.Add(key, hash, spelling);
            return spelling;
        }
    }

    private static (FoldedWord, string)[] Fold(string word, Dictionary<string, FoldedWord> folded)
    {
        if (IsAsciiWord(word))
        {
            var lower = word.ToLowerInvariant();
            return [(WordOf(lower, folded), lower)];
        }

        var tokens = SearchFold.Tokens(word);
        return tokens.Count == 1
            ? [(WordOf(tokens[0], folded), SearchFold.Accented(word))]
            : [.. tokens.Select(t => (WordOf(t, folded), t))];
    }

    private static FoldedWord WordOf(string text, Dictionary<string, FoldedWord> folded)
    {
        ref var word = ref CollectionsMarshal.GetValueRefOrAddDefault(folded, text, out _);
        return word ??= new FoldedWord(text);
    }

    private static ulong[] WordCharTable()
    {
        var table = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsAsciiLetterOrDigit(ch)
                || (c > 127 && (char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)))
            {
                table[c >> 6] |= 1UL << c;
            }
        }

        return table;
    }

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
