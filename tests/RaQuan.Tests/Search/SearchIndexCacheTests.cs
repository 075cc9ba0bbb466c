using System.Collections.Concurrent;
using RaQuan.Model;
using RaQuan.Search;

namespace RaQuan.Tests.Search;

/// <summary>A serve session's patched search index writes the same files as an index built from scratch.</summary>
public sealed class SearchIndexCacheTests
{
    // Spellings of one word ("hòa", "hoà", "hoa") that come and go, and words of every frequency: many near the
    // number of documents (about 96 in one field of this site) at which postings leave their shard for a file of
    // their own, so that random edits carry some across it.
    private static readonly string[] Vocabulary =
    [
        "quân", "ra", "lễ", "hòa", "hoà", "hoa", "hóa", "đắk", "đăk", "xã", "huyện", "thi", "đua", "đường", "giao", "thông",
        "nông", "thôn", "mới", "cây", "xanh", "vệ", "sinh", "môi", "trường", "an", "toàn", "phát", "động", "tết", "trồng",
        "dak", "ha", "kon", "ray", "tum", "ngọc", "hồi", "sa", "thầy", "zebra", "yên", "ấp", "ước", "66/KH-UBND",
        .. Enumerable.Range(0, 30).Select(i => $"mốc{i}"),
    ];

    [Fact]
    public void Random_edits_patch_the_index_to_the_files_of_a_full_build()
    {
        var random = new Random(20240301);
        var unit = new Unit { Name = "Kon Tum", Kind = UnitKind.Tinh, Slug = "kon-tum", Source = new SourceLocation("units.yml") };
        var texts = Enumerable.Range(0, 700).Select(_ => (Title: Words(random, 0.05), Body: Words(random, 1), Day: random.Next(365))).ToArray();
        var cache = new SearchIndexCache();
        // Analyses run in parallel, as in a serve session (whose store is concurrent too).
        var kept = new ConcurrentDictionary<string, (string Key, DocumentWords Words)>(StringComparer.Ordinal);
        var postingsFiles = new HashSet<int>();

        // As a serve session does: a document's analysis is the same object while its text is unchanged.
        DocumentWords Reuse(SearchDocument document, Func<DocumentWords> analyse)
        {
            var key = document.Title + "\n" + document.Body();
            if (!kept.TryGetValue(document.Path, out var entry) || entry.Key != key)
            {
                kept[document.Path] = entry = (key, analyse());
            }

            return entry.Words;
        }

        for (var round = 0; round < 40; round++)
        {
            var documents = texts.Select((t, i) => new SearchDocument
            {
                Kind = "Kế hoạch", Path = $"ke-hoach/{i}/", Title = t.Title, Unit = unit,
                Date = new DateOnly(2024, 1, 1).AddDays(t.Day), Body = () => t.Body,
            }).ToList();

            var full = IndexFiles.Of(SearchIndexBuilder.Build(documents, [unit]));
            var incremental = IndexFiles.Of(cache.Update(documents, [unit], Reuse), cache);

            Assert.Equal(Snapshot.Of(full), Snapshot.Of(incremental));
            postingsFiles.Add(full.Keys.Count(k => k.StartsWith(IndexFiles.Folder + "p/", StringComparison.Ordinal)));

            // Mostly one document's body or title, as when a plan is saved; now and then a date that reorders them.
            var edited = random.Next(texts.Length);
            texts[edited] = (round % 10) switch
            {
                3 => texts[edited] with { Day = random.Next(365) },
                7 => texts[edited] with { Title = Words(random, 0.05) },
                _ => texts[edited] with { Body = Words(random, 1) },
            };
        }

        // Else the edits never moved a postings file, and the renumbering of later shards' files went untested.
        Assert.True(postingsFiles.Count > 1, $"every build wrote {string.Join(", ", postingsFiles)} postings files");
    }

    /// <summary>Each word of the vocabulary or not, the first ones rarely, the "mốc" ones in about one text in seven.</summary>
    private static string Words(Random random, double scale) =>
        string.Join(' ', Vocabulary.Where((_, k) => random.NextDouble() < scale * (k < 45 ? 0.02 + (0.6 * k / 45) : 0.12 + (0.001 * (k - 45)))));
}
