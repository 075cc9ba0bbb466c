using System.Text.Encodings.Web;
using RaQuan.Output;

namespace RaQuan.Search;

/// <summary>
/// Writes the index as static JSON files under one folder, split so that a query reads only what it needs
/// (docs/reference/site.md, "Search", explains the split):
/// <c>meta.json</c> (units with their document ranges, the list of word shards),
/// <c>w/SHARD.json</c> (the words starting with the same two characters, with small postings inline),
/// <c>p/SHARD/N.json</c> (the postings of one frequent word or of one accented form, numbered within the shard, so a
/// word added to one shard renames no other shard's files),
/// <c>d/N.json</c> (<see cref="ChunkSize"/> documents: kind, path, title, unit, date, number, summary).
/// Keys and files are written in ordinal order, so two builds give the same bytes.
/// </summary>
internal static class SearchIndexWriter
{
    public const int ChunkSize = 16;
    public const int FormatVersion = 2;

    /// <summary>Postings longer than this go to their own file, so a shard stays small however common its words are.</summary>
    private const int InlineLimit = 96;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="kept">A serve session's kept shards; none by default, which encodes every shard.</param>
    public static void Write(SearchIndex index, string folder, OutputSink sink, IShardCache? kept = null)
    {
        kept ??= IShardCache.None;
        var groups = index.EncodedShards is null
            ? index.Tokens.Keys.GroupBy(ShardOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IEnumerable<string>)g, StringComparer.Ordinal)
            : null;
        var shards = (groups?.Keys ?? index.EncodedShards!.Keys).Order(StringComparer.Ordinal).ToList();
        foreach (var shard in shards)
        {
            var encoded = kept.Shard(shard, () => index.EncodedShards?[shard] ?? Encode(index.Tokens, groups![shard]));
            if (kept.KeepPublished(folder, shard, encoded, sink))
            {
                continue;
            }

            if (encoded.Unread)
            {
                throw new InvalidOperationException($"shard {shard} was not read and cannot be written");
            }

            foreach (var (file, bytes) in FilesOf(shard, encoded.Postings.Count + 1).Zip([encoded.Words, .. encoded.Postings]))
            {
                sink.Write(folder + file, bytes);
            }
        }

        var units = index.Units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i);
        for (var start = 0; start < index.Documents.Count; start += ChunkSize)
        {
            var first = start;
            sink.Write($"{folder}d/{start / ChunkSize}.json", Json(w => WriteChunk(w, index, units, first)));
        }

        sink.Write($"{folder}meta.json", Json(w => WriteMeta(w, index, shards)));
    }

    /// <summary>
    /// The <paramref name="count"/> files of <paramref name="shard"/>, relative to the index's folder:
    /// <c>w/SHARD.json</c>, then <c>p/SHARD/N.json</c> for each N from 0.
    /// </summary>
    public static IEnumerable<string> FilesOf(string shard, int count)
    {
        yield return $"w/{shard}.json";
        for (var n = 0; n < count - 1; n++)
        {
            yield return $"p/{shard}/{n.ToString(CultureInfo.InvariantCulture)}.json";
        }
    }

    /// <summary>The shard of a word: its first two characters, spelled in hex when not plain ASCII (search.js does the same).</summary>
    public static string ShardOf(string token)
    {
        var prefix = token.Length > 2 ? token[..2] : token;
        return prefix.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            ? prefix
            : "u" + string.Concat(prefix.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture)));
    }

    /// <summary>The files of the shard holding <paramref name="words"/>, with their postings in <paramref name="tokens"/>.</summary>
    public static EncodedShard Encode(IReadOnlyDictionary<string, TokenPostings> tokens, IEnumerable<string> words) =>
        Encode(words.Order(StringComparer.Ordinal).Select(word => EncodedWord.Of(word, tokens[word])));

    /// <summary>The files of the shard holding <paramref name="words"/>, in ordinal order, their postings encoded.</summary>
    public static EncodedShard Encode(IEnumerable<EncodedWord> words)
    {
        var files = new List<byte[]>();
        int Add(Action<Utf8JsonWriter> write)
        {
            files.Add(Json(write));
            return files.Count - 1;
        }

        var shard = Json(w => WriteShard(w, words, Add));
        return new EncodedShard(shard, files);
    }

    /// <param name="postingsFile">Writes a postings file and gives its number in the shard.</param>
    private static void WriteShard(Utf8JsonWriter w, IEnumerable<EncodedWord> words, Func<Action<Utf8JsonWriter>, int> postingsFile)
    {
        w.WriteStartObject();
        foreach (var word in words)
        {
            w.WriteStartArray(word.Word);
            w.WriteNumberValue(word.Documents);
            var fields = word.Fields;
            if (fields.Sum(f => f.Length) <= InlineLimit)
            {
                WriteStrings(w, fields);
            }
            else
            {
                w.WriteNumberValue(postingsFile(inner => WriteStrings(inner, fields)));
            }

            // A word written one way only (most of them) needs no per-form postings: every document has that form.
            if (word.OnlyForm is { } only)
            {
                w.WriteStringValue(only);
            }
            else
            {
                w.WriteStartObject();
                foreach (var (form, set) in word.Variants)
                {
                    w.WritePropertyName(form);
                    if (set.Length <= InlineLimit)
                    {
                        w.WriteStringValue(set);
                    }
                    else
                    {
                        w.WriteNumberValue(postingsFile(inner => inner.WriteStringValue(set)));
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteChunk(Utf8JsonWriter w, SearchIndex index, Dictionary<Unit, int> units, int start)
    {
        w.WriteStartArray();
        for (var id = start; id < Math.Min(start + ChunkSize, index.Documents.Count); id++)
        {
            var d = index.Documents[id];
            w.WriteStartArray();
            w.WriteStringValue(d.Kind);
            w.WriteStringValue(d.Path);
            w.WriteStringValue(d.Title);
            w.WriteNumberValue(units[d.Unit]);
            w.WriteStringValue(d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            w.WriteStringValue(d.Number ?? "");
            w.WriteStringValue(index.Summaries[id]);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void WriteMeta(Utf8JsonWriter w, SearchIndex index, IEnumerable<string> shards)
    {
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteNumber("documents", index.Documents.Count);
        w.WriteNumber("chunk", ChunkSize);
        w.WriteStartArray("shards");
        foreach (var shard in shards)
        {
            w.WriteStringValue(shard);
        }

        w.WriteEndArray();
        w.WritePropertyName("units");
        UnitRanges.Write(w, index);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
