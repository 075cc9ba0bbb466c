namespace RaQuan.Search;

/// <summary>
/// Reads the postings of a word shard back from the files <see cref="SearchIndexWriter"/> wrote: <c>w/SHARD.json</c>
/// and the <c>p/SHARD/N.json</c> it refers to. An incremental build takes the published index this way and patches
/// it (<see cref="RecordedSearchIndex"/>) rather than reading every document again.
/// </summary>
internal static class PublishedShards
{
    /// <summary>Adds the words of <paramref name="shard"/>, from the index in <paramref name="folder"/>, to <paramref name="tokens"/>.</summary>
    /// <exception cref="FormatException">The files are not as <see cref="SearchIndexWriter"/> writes them.</exception>
    public static void Read(string folder, string shard, Dictionary<string, TokenPostings> tokens)
    {
        using var words = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "w", shard + ".json")));
        foreach (var word in words.RootElement.EnumerateObject())
        {
            var entry = word.Value;
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() != 3)
            {
                throw new FormatException($"word {word.Name} of shard {shard}");
            }

            var fields = entry[1].ValueKind == JsonValueKind.Number ? PostingsFile(folder, shard, entry[1].GetInt32()) : entry[1];
            tokens[word.Name] = Postings(Fields(fields), entry[2], folder, shard);
        }
    }

    private static TokenPostings Postings(List<int>[] byField, JsonElement forms, string folder, string shard)
    {
        var variants = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        if (forms.ValueKind == JsonValueKind.String)
        {
            // One form: every document holding the word has it.
            var holding = byField.Where(ids => ids.Count > 0).ToArray();
            variants[forms.GetString()!] = holding.Length == 1 ? [.. holding[0]] : TokenPostings.Union(holding);
        }
        else
        {
            foreach (var form in forms.EnumerateObject())
            {
                variants[form.Name] = form.Value.ValueKind == JsonValueKind.Number
                    ? Ids(PostingsFile(folder, shard, form.Value.GetInt32()))
                    : Ids(form.Value);
            }
        }

        return TokenPostings.FromLists(byField, variants);
    }

    private static List<int>[] Fields(JsonElement fields) =>
        fields.ValueKind == JsonValueKind.Array && fields.GetArrayLength() == 3
            ? [Ids(fields[0]), Ids(fields[1]), Ids(fields[2])]
            : throw new FormatException("a word's fields");

    private static List<int> Ids(JsonElement set) => PostingCodec.Decode(set.GetString() ?? throw new FormatException("a set of documents"));

    private static JsonElement PostingsFile(string folder, string shard, int n)
    {
        using var file = JsonDocument.Parse(File.ReadAllBytes(FileOf(folder, shard, n)));
        return file.RootElement.Clone();
    }

    private static string FileOf(string folder, string shard, int n) => Path.Combine(folder, "p", shard, n.ToString(CultureInfo.InvariantCulture) + ".json");
}
