namespace RaQuan.Search;

/// <summary>
/// Reads the postings of a word shard back from the files <see cref="SearchIndexWriter"/> wrote: <c>w/SHARD.json</c>
/// and the <c>p/SHARD/N.json</c> it refers to. An incremental build takes the published index this way and patches
/// it (<see cref="RecordedSearchIndex"/>) rather than reading every document again.
/// </summary>
internal static class PublishedShards
{
    /// <summary>
    /// Adds the words of <paramref name="shard"/>, from the index in <paramref name="folder"/>, to
    /// <paramref name="tokens"/>; returns the bytes of its <paramref name="count"/> files, <c>w/SHARD.json</c> first.
    /// </summary>
    /// <exception cref="FormatException">The files are not as <see cref="SearchIndexWriter"/> writes them.</exception>
    public static byte[][] Read(string folder, string shard, int count, Dictionary<string, TokenPostings> tokens)
    {
        var files = SearchIndexWriter.FilesOf(shard, count).Select(file => File.ReadAllBytes(Path.Combine(folder, file))).ToArray();
        using var words = JsonDocument.Parse(files[0]);
        foreach (var word in words.RootElement.EnumerateObject())
        {
            var entry = word.Value;
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() != 3)
            {
                throw new FormatException($"word {word.Name} of shard {shard}");
            }

            var fields = entry[1].ValueKind == JsonValueKind.Number ? PostingsFile(files, entry[1].GetInt32()) : entry[1];
            tokens[word.Name] = entry[2].ValueKind == JsonValueKind.String
                ? TokenPostings.FromLists(Fields(fields), entry[2].GetString()!, Count(entry[0]))
                : Postings(Fields(fields), entry[2], files);
        }

        return files;
    }

    // A word written more than one way: the documents of each form.
    private static TokenPostings Postings(List<int>[] byField, JsonElement forms, byte[][] files)
    {
        var variants = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var form in forms.EnumerateObject())
        {
            variants[form.Name] = form.Value.ValueKind == JsonValueKind.Number
                ? Ids(PostingsFile(files, form.Value.GetInt32()))
                : Ids(form.Value);
        }

        return TokenPostings.FromLists(byField, variants);
    }

    // The documents holding a word, as its entry gives them.
    private static int Count(JsonElement count) =>
        count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var n) && n > 0 ? n : throw new FormatException("a word's count of documents");

    private static List<int>[] Fields(JsonElement fields) =>
        fields.ValueKind == JsonValueKind.Array && fields.GetArrayLength() == 3
            ? [Ids(fields[0]), Ids(fields[1]), Ids(fields[2])]
            : throw new FormatException("a word's fields");

    private static List<int> Ids(JsonElement set) => PostingCodec.Decode(set.GetString() ?? throw new FormatException("a set of documents"));

    private static JsonElement PostingsFile(byte[][] files, int n)
    {
        if (n < 0 || n + 1 >= files.Length)
        {
            throw new FormatException($"postings file {n}");
        }

        using var file = JsonDocument.Parse(files[n + 1]);
        return file.RootElement.Clone();
    }
}
