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
        var (words, files) = ReadEncoded(folder, shard, count);
        foreach (var word in words)
        {
            tokens[word.Word] = word.Postings();
        }

        return files;
    }

    /// <summary>
    /// The words of <paramref name="shard"/> as its <paramref name="count"/> files in <paramref name="folder"/> hold
    /// them, in their (ordinal) order, their postings left encoded; and the files' bytes, <c>w/SHARD.json</c> first.
    /// </summary>
    /// <exception cref="FormatException">The files are not as <see cref="SearchIndexWriter"/> writes them.</exception>
    public static (List<EncodedWord> Words, byte[][] Files) ReadEncoded(string folder, string shard, int count)
    {
        var files = SearchIndexWriter.FilesOf(shard, count).Select(file => File.ReadAllBytes(Path.Combine(folder, file))).ToArray();
        var read = new List<EncodedWord>();
        using var words = JsonDocument.Parse(files[0]);
        foreach (var word in words.RootElement.EnumerateObject())
        {
            var entry = word.Value;
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() != 3)
            {
                throw new FormatException($"word {word.Name} of shard {shard}");
            }

            var fields = Fields(entry[1].ValueKind == JsonValueKind.Number ? PostingsFile(files, entry[1].GetInt32()) : entry[1]);
            read.Add(entry[2].ValueKind == JsonValueKind.String
                ? new EncodedWord(word.Name, Count(entry[0]), fields, entry[2].GetString()!, [])
                : new EncodedWord(word.Name, Count(entry[0]), fields, null, [.. Variants(entry[2], files)]));
        }

        return (read, files);
    }

    // The sets of documents of each form of a word written more than one way.
    private static IEnumerable<(string Form, string Set)> Variants(JsonElement forms, byte[][] files)
    {
        foreach (var form in forms.EnumerateObject())
        {
            yield return (form.Name, Set(form.Value.ValueKind == JsonValueKind.Number ? PostingsFile(files, form.Value.GetInt32()) : form.Value));
        }
    }

    // The documents holding a word, as its entry gives them.
    private static int Count(JsonElement count) =>
        count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var n) && n > 0 ? n : throw new FormatException("a word's count of documents");

    private static string[] Fields(JsonElement fields) =>
        fields.ValueKind == JsonValueKind.Array && fields.GetArrayLength() == 3
            ? [Set(fields[0]), Set(fields[1]), Set(fields[2])]
            : throw new FormatException("a word's fields");

    private static string Set(JsonElement set) =>
        set.ValueKind == JsonValueKind.String ? set.GetString()! : throw new FormatException("a set of documents");

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
