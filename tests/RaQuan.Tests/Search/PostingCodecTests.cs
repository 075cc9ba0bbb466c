using RaQuan.Search;

namespace RaQuan.Tests.Search;

public sealed class PostingCodecTests
{
    [Theory]
    [InlineData(new int[0], "")]
    [InlineData(new[] { 0 }, "LA")]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6 }, "B_B")]
    [InlineData(new[] { 5, 1000 }, "LFif")]
    public void Sets_are_written_in_the_shorter_form(int[] ids, string expected)
    {
        Assert.Equal(expected, PostingCodec.Encode(ids));
        Assert.Equal(ids, PostingCodec.Decode(expected));
    }

    [Fact]
    public void A_word_in_every_document_costs_one_character_per_six_documents()
    {
        var all = Enumerable.Range(0, 100_000).ToList();
        var text = PostingCodec.Encode(all);
        Assert.True(text.Length <= (100_000 / 6) + 2, $"{text.Length} characters");
        Assert.Equal(all, PostingCodec.Decode(text));
    }

    [Fact]
    public void Scattered_sets_survive_the_round_trip()
    {
        var random = new Random(7);
        for (var n = 0; n < 50; n++)
        {
            var ids = Enumerable.Range(0, 5000).Where(_ => random.Next(100) < n).ToList();
            Assert.Equal(ids, PostingCodec.Decode(PostingCodec.Encode(ids)));
        }
    }

    [Fact]
    public void A_set_tells_whether_it_holds_a_document_in_either_form_without_being_decoded()
    {
        var random = new Random(11);
        foreach (var percent in new[] { 1, 5, 40, 95 })
        {
            var ids = Enumerable.Range(0, 3000).Where(_ => random.Next(100) < percent).ToList();
            var text = PostingCodec.Encode(ids);
            Assert.StartsWith(percent < 40 ? "L" : "B", text, StringComparison.Ordinal);
            var held = ids.ToHashSet();
            foreach (var id in new[] { -1, 0, 1, 2999, 3000, 10_000 }.Concat(Enumerable.Range(0, 3000)))
            {
                Assert.True(held.Contains(id) == PostingCodec.Contains(text, id), $"{percent} %: document {id}");
            }

            // Several documents asked at once, as a splice asks for those an edit takes out.
            for (var n = 0; n < 200; n++)
            {
                var asked = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(3100)).Distinct().Order().ToArray();
                var marked = new bool[3000];
                foreach (var id in asked.Where(id => id < marked.Length))
                {
                    marked[id] = true;
                }

                Assert.Equal(asked.Any(held.Contains), PostingCodec.ContainsAny(text, asked, marked));
            }
        }

        Assert.False(PostingCodec.Contains("", 0));
    }
}
