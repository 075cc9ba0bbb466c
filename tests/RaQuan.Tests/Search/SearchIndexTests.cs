using RaQuan.Search;

namespace RaQuan.Tests.Search;

public sealed class SearchIndexTests
{
    private const string Data = "tim-kiem/du-lieu/";

    [Fact]
    public void Two_builds_write_the_same_index_bytes()
    {
        using var site = TestSite.Create(ManyPlans(300));
        site.BuildOk();
        var first = Snapshot.Of(site.OutPath(Data));
        Directory.Delete(site.Output, recursive: true);
        site.BuildOk();
        Assert.Equal(first, Snapshot.Of(site.OutPath(Data)));
        Assert.Contains(first, f => f.StartsWith("p/", StringComparison.Ordinal));
    }

    [Fact]
    public void Frequent_words_move_out_of_their_shard_and_no_set_is_longer_than_a_bitmap()
    {
        const int plans = 300;
        using var site = TestSite.Create(ManyPlans(plans));
        site.BuildOk();
        var documents = plans + 4 + 7; // the base site's four plans and its seven unit pages
        var bound = (documents / 6) + 2;

        foreach (var shard in Directory.EnumerateFiles(site.OutPath(Data + "w")))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(shard));
            foreach (var word in json.RootElement.EnumerateObject())
            {
                if (word.Value[1].ValueKind == JsonValueKind.Array)
                {
                    Assert.True(word.Value[1].EnumerateArray().Sum(s => s.GetString()!.Length) <= 96, $"{word.Name} is inline but large");
                }
            }

            Assert.True(new FileInfo(shard).Length < 16 * 1024, $"{shard} is {new FileInfo(shard).Length} bytes");
        }

        // "quân" is in every plan: its postings are a file of three bitmaps at most.
        var ra = JsonDocument.Parse(site.Read(Data + "w/ra.json")).RootElement.GetProperty("ra");
        Assert.Equal(plans + 2, ra[0].GetInt32());
        var file = JsonDocument.Parse(site.Read($"{Data}p/ra/{ra[1].GetInt32()}.json")).RootElement;
        Assert.All(file.EnumerateArray(), set => Assert.True(set.GetString()!.Length <= bound, set.GetString()));

        Assert.All(Directory.EnumerateFiles(site.OutPath(Data + "d")), chunk =>
            Assert.True(JsonDocument.Parse(File.ReadAllText(chunk)).RootElement.GetArrayLength() <= SearchIndexWriter.ChunkSize));
    }

    [Fact]
    public void Documents_are_numbered_so_that_each_unit_and_year_is_one_range()
    {
        using var site = TestSite.Create("""
            -- content/plans/dak-la-2023.md --
            ---
            title: "Kế hoạch năm 2023 của xã Đắk La"
            date: 2023-05-01
            unit: dak-la
            ---
            Văn bản cũ.
            """);
        site.BuildOk();
        var meta = JsonDocument.Parse(site.Read(Data + "meta.json")).RootElement;
        var docs = JsonDocument.Parse(site.Read(Data + "d/0.json")).RootElement.EnumerateArray().ToList();
        var units = meta.GetProperty("units").EnumerateArray().ToList();
        var dakLa = units.FindIndex(u => u[0].GetString() == "dak-la");
        var dakHa = units.Single(u => u[0].GetString() == "dak-ha");

        // Five plans and the seven unit pages.
        Assert.Equal(12, meta.GetProperty("documents").GetInt32());
        Assert.Equal(["Phát động thi đua xã Đắk La năm 2024", "Kế hoạch năm 2023 của xã Đắk La"],
            docs.Where(d => d[3].GetInt32() == dakLa && d[0].GetString() == "Kế hoạch").Select(d => d[2].GetString()));
        foreach (var year in units[dakLa][6].EnumerateArray())
        {
            var (y, from, to) = (year[0].GetInt32(), year[1].GetInt32(), year[2].GetInt32());
            // Year 0 holds the undated documents: the unit's own page.
            var ofYear = Enumerable.Range(0, docs.Count).Where(i => docs[i][3].GetInt32() == dakLa
                && (y == 0 ? docs[i][4].GetString() == "" : docs[i][4].GetString()!.StartsWith($"{y}-", StringComparison.Ordinal))).ToList();
            Assert.Equal(Enumerable.Range(from, to - from), ofYear);
        }

        Assert.Equal([0, 2023, 2024], units[dakLa][6].EnumerateArray().Select(y => y[0].GetInt32()).Order());
        var underDakHa = Enumerable.Range(0, docs.Count).Where(i => units[docs[i][3].GetInt32()][0].GetString() is "dak-ha" or "dak-la" or "thi-tran-dak-ha").ToList();
        Assert.Equal(Enumerable.Range(dakHa[3].GetInt32(), dakHa[5].GetInt32() - dakHa[3].GetInt32()), underDakHa);
        Assert.Equal("Xã Đắk La", units[dakLa][1].GetString());
    }

    [Fact]
    public void A_word_written_two_ways_keeps_each_form_and_its_documents()
    {
        using var site = TestSite.Create("""
            -- content/plans/hoa-1.md --
            ---
            title: "Thôn hòa thuận"
            unit: kon-ray
            date: 2024-01-02
            ---
            Văn hóa.
            -- content/plans/hoa-2.md --
            ---
            title: "Xã hoà hợp"
            unit: kon-ray
            date: 2024-01-02
            ---
            Không dấu: hoa.
            """);
        site.BuildOk();
        var hoa = JsonDocument.Parse(site.Read(Data + "w/ho.json")).RootElement.GetProperty("hoa");
        var forms = hoa[2].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["hoa", "hoà", "hoá"], forms);
        Assert.Equal(2, PostingCodec.Decode(hoa[2].GetProperty("hoà").GetString()!).Count);
    }

    [Fact]
    public void A_frequent_word_new_to_one_shard_leaves_the_postings_files_of_every_other_shard_as_they_were()
    {
        using var site = TestSite.Create(ManyPlans(300));
        site.BuildOk();
        var before = PostingsFiles(site);
        Assert.Contains(before.Keys, f => !f.StartsWith("ab/", StringComparison.Ordinal));

        // A word of the first shards ("ab…") in the titles and bodies of half the plans: postings too long to stay
        // inline, so a file of its own.
        for (var i = 0; i < 300; i += 2)
        {
            var plan = Path.Combine(site.Content, $"plans/ra-quan-{i:000}.md");
            File.WriteAllText(plan, File.ReadAllText(plan).Replace($"số {i}\"", $"số {i} abcxyz\"", StringComparison.Ordinal) + "Thêm abcxyz.\n");
        }

        site.BuildOk();
        var after = PostingsFiles(site);

        Assert.Contains(after.Keys, f => f.StartsWith("ab/", StringComparison.Ordinal));
        Assert.Equal(before, after.Where(f => !f.Key.StartsWith("ab/", StringComparison.Ordinal)).ToDictionary());
    }

    // The postings files of a built site: their path under p/ → their bytes, hashed.
    private static Dictionary<string, string> PostingsFiles(TestSite site)
    {
        var folder = site.OutPath(Data + "p");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    /// <summary>Plans that all share "Kế hoạch ra quân" and each have a word of their own.</summary>
    private static string ManyPlans(int count)
    {
        var files = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            files.Append($"""
                -- content/plans/ra-quan-{i:000}.md --
                ---
                title: "Kế hoạch ra quân số {i}"
                number: "{i}/KH-UBND"
                date: 2024-02-{1 + (i % 28):00}
                unit: {(i % 3 == 0 ? "dak-la" : i % 3 == 1 ? "kon-ray" : "thi-tran-dak-ha")}
                ---
                Ra quân đầu năm, từ riêng tu{i}x.

                """);
        }

        return files.ToString();
    }
}
