using RaQuan.Search;

namespace RaQuan.Tests.Search;

/// <summary>The table of spellings a search analysis keeps per thread: every spelling added is found again, and only it.</summary>
public sealed class SpellingTableTests
{
    [Fact]
    public void Every_spelling_added_is_found_past_growth_and_collisions()
    {
        var table = new SpellingTable();
        // Short words are compared inside the table of recent finds, longer ones through their strings.
        var words = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? $"khánh thành {i}" : $"từ{i}").ToList();
        var spellings = new List<Spelling>();
        foreach (var word in words)
        {
            var spelling = new Spelling([(new FoldedWord(word), word)]);
            spellings.Add(spelling);

            // Every tenth word shares one hash: a chain, which only the comparison of the text tells apart.
            table.Add(word, spellings.Count % 10 == 0 ? 7u : Hash(word), spelling);
        }

        Assert.Equal(words.Count, table.Count);

        // Twice, and each word twice in a row: the second finds of a word come from the table of recent finds.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var hash = (i + 1) % 10 == 0 ? 7u : Hash(words[i]);
                Assert.Same(spellings[i], table.Find(words[i], hash));
                Assert.Same(spellings[i], table.Find(words[i], hash));
            }
        }

        Assert.Null(table.Find("từ20000", Hash("từ20000")));
        Assert.Null(table.Find("khác", 7u));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("khánh thành", "khánh thanh")]
    public void A_recent_find_does_not_answer_for_another_word_of_the_same_hash_and_length(string first, string second)
    {
        var table = new SpellingTable();
        var (a, b) = (new Spelling([(new FoldedWord(first), first)]), new Spelling([(new FoldedWord(second), second)]));
        table.Add(first, 7u, a);
        table.Add(second, 7u, b);

        Assert.Same(a, table.Find(first, 7u));
        Assert.Same(b, table.Find(second, 7u));
        Assert.Same(b, table.Find(second, 7u));
        Assert.Same(a, table.Find(first, 7u));
        Assert.Null(table.Find(first.ToUpperInvariant(), 7u));
    }

    private static uint Hash(string word)
    {
        var hash = SpellingTable.Seed;
        foreach (var c in word)
        {
            hash = SpellingTable.Step(hash, c);
        }

        return hash;
    }
}
