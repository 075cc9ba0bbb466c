using RaQuan.Search;

namespace RaQuan.Tests.Search;

/// <summary>
/// A full build appends documents in any order and keeps a word's only form implicit; a serve session inserts
/// them in place with every list kept. Both must describe the same documents.
/// </summary>
public sealed class TokenPostingsTests
{
    private static readonly string[] Forms = ["hoà", "hòa", "hoa"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Appending_in_any_order_gives_the_postings_of_adding_in_order(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 60).Select(id => (Id: id, Fields: Fields(random), Forms: FormsOf(random, seed))).ToList();

        var inserted = new TokenPostings();
        foreach (var (id, fields, forms) in documents)
        {
            inserted.Add(id, fields, forms);
        }

        var appended = new TokenPostings();
        foreach (var (id, fields, forms) in documents.OrderBy(_ => random.Next()))
        {
            appended.Append(id, fields, forms);
        }

        appended.SortIds();
        Assert.Equal(Describe(inserted), Describe(appended));
        Assert.Equal(inserted.FormCount, appended.FormCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Renumbering_gives_the_postings_of_adding_the_documents_kept_under_their_new_numbers(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 60).Select(id => (Id: id, Fields: Fields(random), Forms: FormsOf(random, seed))).ToList();
        var before = new TokenPostings();
        foreach (var (id, fields, forms) in documents)
        {
            before.Append(id, fields, forms);
        }

        before.SortIds();

        // As read back from the published files: the lists by field and by form.
        var read = TokenPostings.FromLists([.. before.ByField], before.Variants.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
        Assert.Equal(Describe(before), Describe(read));

        // Every seventh document taken out, one added before the rest (all shift by one), documents 10 and 40 swapped.
        var map = Enumerable.Range(0, 60).Select(id => id % 7 == 3 ? -1 : id + 1).ToArray();
        (map[10], map[40]) = (map[40], map[10]);
        Assert.True(read.Renumber(map));

        var expected = new TokenPostings();
        foreach (var (id, fields, forms) in documents.Where(d => map[d.Id] >= 0).OrderBy(d => map[d.Id]))
        {
            expected.Add(map[id], fields, forms);
        }

        Assert.Equal(Describe(expected), Describe(read));
        Assert.False(read.Renumber(Enumerable.Repeat(-1, 61).ToArray()));
        Assert.Equal(0, read.DocumentCount);
    }

    [Fact]
    public void A_word_read_back_written_one_way_renumbers_and_takes_a_second_form_as_if_added_in_order()
    {
        (int Id, SearchField Fields)[] documents = [(0, SearchField.Title), (2, SearchField.Body), (3, SearchField.Body | SearchField.Names), (6, SearchField.Names)];
        var published = new TokenPostings();
        foreach (var (id, fields) in documents)
        {
            published.Append(id, fields, new WordForms("hoà"));
        }

        published.SortIds();

        // As read back from a published shard: the lists by field, the one form and the count of documents.
        var read = TokenPostings.FromLists([.. published.ByField], "hoà", published.DocumentCount);
        Assert.Equal(Describe(published), Describe(read));
        Assert.Equal(4, read.DocumentCount);

        // Document 2 edited: taken out, then read again writing the word another way; document 6 becomes 5.
        int[] map = [0, 1, -1, 3, 4, 5, 5];
        Assert.True(read.Renumber(map));
        Assert.Equal(3, read.DocumentCount);
        read.Add(2, SearchField.Body, new WordForms("hòa"));

        var expected = new TokenPostings();
        expected.Add(0, SearchField.Title, new WordForms("hoà"));
        expected.Add(2, SearchField.Body, new WordForms("hòa"));
        expected.Add(3, SearchField.Body | SearchField.Names, new WordForms("hoà"));
        expected.Add(5, SearchField.Names, new WordForms("hoà"));
        Assert.Equal(Describe(expected), Describe(read));
        Assert.Equal(4, read.DocumentCount);
        Assert.Equal(["hoà", "hòa"], read.Forms);
    }

    [Fact]
    public void The_union_of_ascending_lists_is_ascending_and_holds_each_document_once()
    {
        Assert.Equal([1, 2, 3, 5, 8, 9], TokenPostings.Union([[1, 5, 9], [2, 5], [], [3, 8, 9]]));
        Assert.Empty(TokenPostings.Union([[], []]));
    }

    [Fact]
    public void A_word_written_one_way_lists_every_document_under_that_form_once_asked()
    {
        var postings = new TokenPostings();
        postings.Append(4, SearchField.Title, new WordForms("hoà"));
        postings.Append(1, SearchField.Body | SearchField.Names, new WordForms("hoà"));
        postings.Append(9, SearchField.Body, new WordForms("hoà"));
        postings.SortIds();

        Assert.Equal(["hoà"], postings.Forms);
        Assert.Equal([1, 4, 9], Assert.Single(postings.Variants).Value);
    }

    [Fact]
    public void Tens_of_thousands_of_documents_appended_keep_every_id_even_when_read_between()
    {
        // Appended body ids wait outside the lists until these are read; reading them midway moves them there.
        var postings = new TokenPostings();
        var expected = new[] { new List<int>(), new List<int>(), new List<int>() };
        var random = new Random(7);
        for (var id = 0; id < 40_000; id++)
        {
            var fields = Fields(random);
            postings.Append(id, fields, new WordForms("hoà"));
            for (var f = 0; f < 3; f++)
            {
                if (((int)fields & (1 << f)) != 0)
                {
                    expected[f].Add(id);
                }
            }

            if (id is 9_000 or 25_000)
            {
                Assert.Equal(expected.Select(ids => ids.Count), postings.ByField.Select(ids => ids.Count));
            }
        }

        postings.SortIds();
        Assert.Equal(expected, postings.ByField);
        Assert.Equal(40_000, postings.DocumentCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(1_000)]
    [InlineData(int.MaxValue / 2)]
    public void Packed_ids_come_back_sorted_however_far_apart_and_out_of_order(int spread)
    {
        // Distances of one to five bytes, forwards and backwards, and the same ids packed again exactly.
        var random = new Random(spread);
        var ids = Enumerable.Range(0, 5_000).Select(_ => random.Next(spread + 1)).Distinct().ToList();
        ids.Add(int.MaxValue);
        ids.Add(0);
        var packed = new PackedIds();
        foreach (var id in ids)
        {
            packed.Append(id);
        }

        var expected = ids.Order().ToList();
        Assert.Equal(expected, packed.ToList());
        Assert.Equal(expected, packed.Sorted().ToList());
        Assert.Equal(expected.Count, packed.Sorted().Count);
    }

    private static string Describe(TokenPostings postings) =>
        $"{postings.DocumentCount}; fields {string.Join(" | ", postings.ByField.Select(ids => string.Join(',', ids)))}; "
        + string.Join("; ", postings.Variants.Select(v => $"{v.Key}: {string.Join(',', v.Value)}"));

    private static SearchField Fields(Random random) => (SearchField)random.Next(1, 8);

    // Seed 1 writes the word one way in every document; the others mix forms, some from the first document on.
    private static WordForms FormsOf(Random random, int seed)
    {
        var forms = new WordForms(seed == 1 ? Forms[0] : Forms[random.Next(seed == 2 ? 2 : 3) == 0 ? 1 : 0]);
        if (seed > 2 && random.Next(4) == 0)
        {
            forms.Add(Forms[random.Next(3)]);
        }

        return forms;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(100_000)]
    public void Ids_a_few_places_out_of_order_or_shuffled_come_out_sorted(int displacement)
    {
        var random = new Random(20261130 + displacement);
        foreach (var length in new[] { 0, 1, 2, 17, 1_000, 20_000 })
        {
            // Ids in order, each then moved up to `displacement` places back, as two threads interleave them.
            var ids = Enumerable.Range(0, length).Select(i => i * 3 + random.Next(2)).ToArray();
            for (var i = 0; i < ids.Length; i++)
            {
                var j = Math.Max(0, i - random.Next(displacement + 1));
                (ids[i], ids[j]) = (ids[j], ids[i]);
            }

            var expected = ids.Order().ToArray();
            TokenPostings.SortNearlyInOrder(ids);
            Assert.Equal(expected, ids);
        }
    }
}
