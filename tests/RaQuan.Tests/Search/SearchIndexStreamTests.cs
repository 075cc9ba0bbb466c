using RaQuan.Model;
using RaQuan.Search;

namespace RaQuan.Tests.Search;

/// <summary>An index filled as plans render, in whatever order, writes the same files as one built in document order.</summary>
public sealed class SearchIndexStreamTests
{
    private static readonly string[] Vocabulary =
    [
        "quân", "ra", "lễ", "hòa", "hoà", "hoa", "hóa", "đắk", "đăk", "xã", "huyện", "thi", "đua", "đường", "giao",
        "nông", "thôn", "mới", "cây", "xanh", "dak", "ha", "kon", "ray", "66/KH-UBND", .. Enumerable.Range(0, 40).Select(i => $"mốc{i}"),
    ];

    [Fact]
    public void Documents_added_in_any_order_from_two_threads_give_the_files_of_an_ordered_build()
    {
        var random = new Random(20240220);
        var province = new Unit { Name = "Kon Tum", Kind = UnitKind.Tinh, Slug = "kon-tum", Source = new SourceLocation("units.yml") };
        var texts = Enumerable.Range(0, 600).Select(i => (
            Title: Words(random, 3), Body: Words(random, 40), Day: random.Next(730))).ToArray();

        // The body is read only when no text is given: ceremonies and result tables in a real build.
        var documents = texts.Select((t, i) => new SearchDocument
        {
            Kind = "Kế hoạch", Path = $"ke-hoach/{i}/", Title = t.Title, Unit = province,
            Date = new DateOnly(2024, 1, 1).AddDays(t.Day), Body = () => t.Body,
        }).ToList();
        var expected = IndexFiles.Of(SearchIndexBuilder.Build(documents, [province]));

        var stream = new SearchIndexStream(documents, [province]);
        var given = Enumerable.Range(0, texts.Length).Where(i => i % 5 != 0).OrderBy(_ => random.Next()).ToList();
        Parallel.ForEach(given, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => stream.Add($"ke-hoach/{i}/", texts[i].Body));

        Assert.Equal(Snapshot.Of(expected), Snapshot.Of(IndexFiles.Of(stream.Finish())));
    }

    [Fact]
    public void A_thread_that_starts_its_word_tables_again_keeps_merging_into_the_same_postings()
    {
        // 120 documents whose titles hold 2,000 words met nowhere else (240,000 spellings, past the bound of a thread's
        // tables, which is then crossed within a title), and words every title and body has, whose postings each new
        // table must find again, and which must stay one word within a document.
        var province = new Unit { Name = "Kon Tum", Kind = UnitKind.Tinh, Slug = "kon-tum", Source = new SourceLocation("units.yml") };
        var titles = Enumerable.Range(0, 120).Select(d =>
            "Lễ ra quân " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"từ{d}x{i}"))).ToArray();
        const string body = "Lễ ra quân hòa Hoà đắk lễ";
        var documents = titles.Select((t, i) => new SearchDocument
        {
            Kind = "Kế hoạch", Path = $"ke-hoach/{i}/", Title = t, Unit = province, Body = () => body,
        }).ToList();
        var expected = IndexFiles.Of(SearchIndexBuilder.Build(documents, [province]));

        var stream = new SearchIndexStream(documents, [province]);
        for (var i = 0; i < titles.Length; i++)
        {
            stream.Add($"ke-hoach/{i}/", body);
            Assert.True(SearchWords.KnownSpellings <= 210_000, $"{SearchWords.KnownSpellings} spellings kept after document {i}");
        }

        Assert.Equal(Snapshot.Of(expected), Snapshot.Of(IndexFiles.Of(stream.Finish())));
    }

    [Fact]
    public void Packed_postings_of_a_large_generated_site_write_the_files_of_postings_kept_as_lists()
    {
        // A build packs each word's documents as distances from the one before (PackedIds); a serve session keeps
        // them in lists, as every build did before. 12,000 documents: distances of one, two and three bytes, words in
        // a few documents far apart and in nearly every one, plans given out of order from two threads and the rest
        // read at the end, between them; bodies of every length, titles with words met nowhere else.
        var random = new Random(20261207);
        var units = Enumerable.Range(0, 6).Select(u => new Unit
        {
            Name = $"Xã {u}", Kind = UnitKind.Xa, Slug = $"xa-{u}", Source = new SourceLocation("units.yml"),
        }).ToList();
        var texts = Enumerable.Range(0, 12_000).Select(i => (
            Title: Words(random, 4) + $" số{random.Next(20_000)}", Body: Words(random, random.Next(1, 60)),
            Day: random.Next(1_500), Unit: units[random.Next(units.Count)])).ToArray();
        var documents = texts.Select((t, i) => new SearchDocument
        {
            Kind = "Kế hoạch", Path = $"ke-hoach/{i}/", Title = t.Title, Unit = t.Unit,
            Date = new DateOnly(2022, 1, 1).AddDays(t.Day), Body = () => t.Body,
        }).ToList();
        var lists = IndexFiles.Of(new SearchIndexCache().Update(documents, units, (_, analyse) => analyse()));

        var stream = new SearchIndexStream(documents, units);
        var given = stream.InRenderOrder(Enumerable.Range(0, texts.Length).Where(i => i % 7 != 0), i => $"ke-hoach/{i}/")
            .Select((i, n) => (i, Key: n + random.Next(64))).OrderBy(p => p.Key).Select(p => p.i).ToList();
        Parallel.ForEach(given, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => stream.Add($"ke-hoach/{i}/", texts[i].Body));
        var packed = IndexFiles.Of(stream.Finish());

        Assert.True(lists.Count > 1_000, $"{lists.Count} files");
        Assert.Equal(lists.Keys.Order(StringComparer.Ordinal), packed.Keys.Order(StringComparer.Ordinal));
        Assert.All(lists, file => Assert.True(file.Value.AsSpan().SequenceEqual(packed[file.Key]), $"{file.Key} differs"));
    }

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[(int)(Math.Pow(random.NextDouble(), 2) * Vocabulary.Length)]));
}
