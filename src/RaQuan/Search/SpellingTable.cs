using System.Runtime.CompilerServices;

namespace RaQuan.Search;

/// <summary>
/// Spellings by the text they are written in, found from a span of the text being read and a hash computed while
/// reading it. A dictionary's span lookup goes through its comparer's interface for every word and hashes the word
/// a second time; with fifteen million words in a 10,000-plan site this table was a tenth of the build.
/// </summary>
internal sealed class SpellingTable
{
    /// <summary>The hash of no character, where <see cref="Step"/> starts.</summary>
    public const uint Seed = 2166136261;

    // Holds the few thousand spellings a site's plans are mostly written in, in the processor's second-level cache.
    private const int Recent = 8192;

    // Words of up to this many characters are compared in the entry itself, without reading the key string.
    private const int Inline = 8;

    private readonly RecentEntry[] _recent = new RecentEntry[Recent];
    private int[] _buckets = new int[4096];
    private Entry[] _entries = new Entry[4096];

    public int Count { get; private set; }

    /// <summary>The hash <see cref="Find"/> and <see cref="Add"/> take, one character at a time (FNV-1a).</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    public Spelling? Find(ReadOnlySpan<char> word, uint hash)
    {
        // The words a text repeats most are found in a table that stays in the processor's cache, before the main
        // table, whose entries are spread over a megabyte or more. With 1,024 entries, and the key read from its
        // string, this was 4.5 % of a large build's samples.
        ref var recent = ref _recent[hash & (Recent - 1)];
        if (recent.Hash == hash && recent.Length == word.Length && recent.Spelling is { } cached
            && word.SequenceEqual(word.Length <= Inline ? ((ReadOnlySpan<char>)recent.Chars)[..word.Length] : recent.Key))
        {
            return cached;
        }

        for (var i = _buckets[hash & (uint)(_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && word.SequenceEqual(entry.Key))
            {
                (recent.Hash, recent.Length, recent.Key, recent.Spelling) = (hash, word.Length, entry.Key, entry.Spelling);
                if (word.Length <= Inline)
                {
                    word.CopyTo(recent.Chars);
                }

                return entry.Spelling;
            }
        }

        return null;
    }

    public void Add(string word, uint hash, Spelling spelling)
    {
        if (Count == _entries.Length)
        {
            Grow();
        }

        ref var bucket = ref _buckets[hash & (uint)(_buckets.Length - 1)];
        _entries[Count] = new Entry { Hash = hash, Key = word, Spelling = spelling, Next = bucket - 1 };
        bucket = ++Count;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_entries.Length];
        for (var i = 0; i < Count; i++)
        {
            ref var bucket = ref _buckets[_entries[i].Hash & (uint)(_buckets.Length - 1)];
            _entries[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    [InlineArray(Inline)]
    private struct InlineChars
    {
        private char _first;
    }

    private struct RecentEntry
    {
        public InlineChars Chars;
        public uint Hash;
        public int Length;
        public string Key;
        public Spelling? Spelling;
    }

    private struct Entry
    {
        public uint Hash;
        public int Next;
        public string Key;
        public Spelling Spelling;
    }
}
