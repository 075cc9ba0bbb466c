using System.Security.Cryptography;

namespace RaQuan.Search;

/// <summary>
/// The search index of an incremental <c>raquan build</c>. With no usable record of the published index (the first
/// build, or a published index file changed since it was recorded), every document is read, as in a plain build
/// (<see cref="SearchIndexStream"/>). Otherwise the published index is read back (<see cref="PublishedShards"/>),
/// the documents renumbered by their place in this build's order, those whose words may have changed (added, or
/// with a different title, names, summary or text) taken out and read again: an edited or added plan costs its
/// own words and the writing of the index, not the reading of every plan. Either way the files are the ones a plain
/// build writes, and the build records the index it wrote (<see cref="Record"/>).
/// </summary>
internal sealed class RecordedSearchIndex : ISearchIndexBuilder
{
    private readonly IReadOnlyList<Unit> _units;
    private readonly IReadOnlyList<SearchDocument> _ordered;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly byte[]?[] _keys;
    private SearchIndexStream? _stream;

    // Patching: the published index's record and folder, and the texts of the documents read again.
    private readonly SearchRecord? _previous;
    private readonly Dictionary<string, int>? _previousIds;
    private readonly string _folder;
    private readonly string?[] _texts;
    private readonly ConcurrentDictionary<string, int> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _keptShards = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _stampOf;

    // The documents and summaries of the index written, for its record: the index itself is not kept once written
    // (its postings were the largest part of a build's memory when it was kept until the cache was saved).
    private (IReadOnlyList<SearchDocument> Documents, IReadOnlyList<string> Summaries)? _finished;

    // The shards each document's words fall in, when the index was patched (bits in the order of the shards written).
    private byte[][]? _shards;

    /// <param name="previous">The record of the published index, or null.</param>
    /// <param name="folder">The published index's folder.</param>
    /// <param name="stampOf">The stamp of a content file: a document whose text is read from a plan's file is known by its stamp.</param>
    public RecordedSearchIndex(
        IEnumerable<SearchDocument> documents, IReadOnlyList<Unit> units, SearchRecord? previous, string folder, Func<string, string?> stampOf)
    {
        (_units, _folder, _stampOf) = (units, folder, stampOf);
        if (previous is not null && previous.Units.SequenceEqual(units.Select(u => u.Slug), StringComparer.Ordinal) && Intact(previous, folder))
        {
            _previous = previous;
            _previousIds = new Dictionary<string, int>(previous.Documents.Count, StringComparer.Ordinal);
            for (var id = 0; id < previous.Documents.Count; id++)
            {
                _previousIds.TryAdd(previous.Documents[id].Path, id);
            }

            _ordered = SearchIndexBuilder.Order(documents, units);
        }
        else
        {
            _stream = new SearchIndexStream(documents, units);
            _ordered = _stream.Ordered;
        }

        for (var id = 0; id < _ordered.Count; id++)
        {
            _ids.TryAdd(_ordered[id].Path, id);
        }

        _keys = new byte[]?[_ordered.Count];
        _texts = new string?[_ordered.Count];
    }

    /// <summary>Documents whose words were read by this build.</summary>
    public int DocumentsRead { get; private set; }

    /// <summary>Shards of the published index this build read back: all of them, or those an edit's words fall in.</summary>
    public int ShardsRead => _shardsRead;

    private int _shardsRead;

    public IEnumerable<T> InRenderOrder<T>(IEnumerable<T> items, Func<T, string> path) => _stream?.InRenderOrder(items, path) ?? items;

    public void Add(string path, Func<string> text)
    {
        if (!_ids.TryGetValue(path, out var id) || _keys[id] is not null)
        {
            return;
        }

        var read = new Lazy<string>(text, LazyThreadSafetyMode.None);
        _keys[id] = Key(_ordered[id], read);
        if (_stream is not null)
        {
            _stream.Add(path, read.Value);
        }
        else if (!Unchanged(id))
        {
            _texts[id] = read.Value;
        }
    }

    public EncodedShard Shard(string shard, Func<EncodedShard> encode)
    {
        var encoded = encode();
        _written[shard] = encoded.Postings.Count;
        return encoded;
    }

    public SearchIndex Finish()
    {
        // Documents no page gave the text of: ceremonies, result tables, units, and plans whose body was not rendered
        // (known by their stamp, their text read only when they changed or the index is read whole).
        for (var id = 0; id < _ordered.Count; id++)
        {
            if (_keys[id] is null)
            {
                var text = new Lazy<string>(_ordered[id].Body, LazyThreadSafetyMode.None);
                _keys[id] = Key(_ordered[id], text);
                if (_stream is null && !Unchanged(id))
                {
                    _texts[id] = text.Value;
                }
            }
        }

        SearchIndex index;
        if (_stream is not null)
        {
            DocumentsRead = _ordered.Count;
            index = _stream.Finish();
            _stream = null;
        }
        else
        {
            index = Patch() ?? ReadWhole();
        }

        _finished = (index.Documents, index.Summaries);
        return index;
    }

    /// <summary>
    /// What to record of the index this build wrote, once published in <paramref name="published"/> (the index's
    /// folder there); null when a file of it is missing.
    /// </summary>
    public SearchRecord? Record(string published)
    {
        if (_finished is not ({ } written, { } summaries))
        {
            return null;
        }

        // A shard kept as published has the files the record gives: found intact when this build began, linked (or
        // copied with their times) and not written since.
        var recorded = _previous?.Shards.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var shards = new List<RecordedShard>(_written.Count);
        foreach (var (name, postings) in _written.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (_keptShards.ContainsKey(name) && recorded?.GetValueOrDefault(name) is { } kept && kept.Files.Count == postings + 1)
            {
                shards.Add(kept);
                continue;
            }

            var files = new List<FileStamp>(postings + 1);
            foreach (var file in SearchIndexWriter.FilesOf(name, postings + 1))
            {
                if (FileStamp.Of(Path.Combine(published, file)) is not { } stamp)
                {
                    return null;
                }

                files.Add(stamp);
            }

            shards.Add(new RecordedShard(name, files));
        }

        var documents = written.Select((d, id) => new RecordedDocument(d.Path, _keys[id]!, summaries[id], _shards?[id])).ToList();
        return new SearchRecord([.. _units.Select(u => u.Slug)], documents, shards);
    }

    // The published index, renumbered and patched; null when its files cannot be read as an index.
    private SearchIndex? Patch()
    {
        var previous = _previous!;
        var map = new int[previous.Documents.Count];
        for (var old = 0; old < map.Length; old++)
        {
            var path = previous.Documents[old].Path;
            map[old] = _ids.TryGetValue(path, out var id) && _previousIds![path] == old && Unchanged(id) ? id : -1;
        }

        var summaries = new string[_ordered.Count];
        var read = Enumerable.Range(0, _ordered.Count).Where(id => _texts[id] is not null).ToArray();
        var words = new DocumentWords[read.Length];
        Parallel.For(0, read.Length, i => words[i] = SearchIndexBuilder.Analyse(_ordered[read[i]] with { Body = () => _texts[read[i]]! }));

        // The words of the documents read, by shard, in document order.
        var added = new Dictionary<string, List<(int Id, string Word, SearchField Fields, WordForms Forms)>>(StringComparer.Ordinal);
        for (var i = 0; i < read.Length; i++)
        {
            foreach (var (word, (fields, forms)) in words[i].Words)
            {
                var shard = SearchIndexWriter.ShardOf(word);
                if (!added.TryGetValue(shard, out var list))
                {
                    added[shard] = list = [];
                }

                list.Add((read[i], word, fields, forms));
            }

            summaries[read[i]] = words[i].Summary;
        }

        // A shard none of whose documents is taken out or renumbered, and that no document read adds words to, is
        // its published files: kept without being read. Only when every document keeps its number or is taken out
        // (an edit, not an addition that shifts those after it), and the record says where each one's words fall.
        var oldShards = previous.Shards.Select(s => s.Name).ToList();
        var unread = new HashSet<string>(StringComparer.Ordinal);
        var kept = Enumerable.Range(0, map.Length).All(old => map[old] == old || map[old] < 0)
            && previous.Documents.All(d => d.Shards is not null);
        if (kept)
        {
            unread.UnionWith(oldShards);
            unread.ExceptWith(added.Keys);
            for (var old = 0; old < map.Length; old++)
            {
                if (map[old] < 0)
                {
                    unread.ExceptWith(ShardsOf(previous.Documents[old].Shards!, oldShards));
                }
            }
        }

        // Each other shard read back, renumbered, given the words read and encoded on its own, on every core: the
        // index is never held whole as lists. When no document is renumbered, only the words of the documents taken
        // out or read are decoded (Splice).
        var names = previous.Shards.Select(s => s.Name).Union(added.Keys, StringComparer.Ordinal).ToList();
        var recorded = previous.Shards.ToDictionary(s => s.Name, s => s.Files.Count, StringComparer.Ordinal);
        var encoded = new ConcurrentDictionary<string, EncodedShard>(StringComparer.Ordinal);
        var holding = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        var spliced = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var removed = kept ? Enumerable.Range(0, map.Length).Where(old => map[old] < 0).ToArray() : [];
        var marked = kept ? map.Select(id => id < 0).ToArray() : [];
        try
        {
            Parallel.ForEach(names, name =>
            {
                if (unread.Contains(name))
                {
                    encoded[name] = EncodedShard.Published(recorded[name]);
                    return;
                }

                if (kept)
                {
                    var adds = added.GetValueOrDefault(name) ?? [];
                    if (Splice(name, recorded.TryGetValue(name, out var files) ? files : 0, adds, removed, marked, map) is { } shard)
                    {
                        encoded[name] = shard;
                        spliced[name] = 0;
                        holding[name] = [.. adds.Select(a => a.Id).Distinct().Order()];
                    }

                    return;
                }

                var tokens = new Dictionary<string, TokenPostings>(StringComparer.Ordinal);
                var published = recorded.TryGetValue(name, out var count) ? PublishedShards.Read(_folder, name, count, tokens) : null;
                if (published is not null)
                {
                    Interlocked.Increment(ref _shardsRead);
                }

                foreach (var (word, postings) in tokens.ToList())
                {
                    if (!postings.Renumber(map))
                    {
                        tokens.Remove(word);
                    }
                }

                foreach (var (id, word, fields, forms) in added.GetValueOrDefault(name) ?? [])
                {
                    SearchIndexBuilder.Add(tokens, id, word, fields, forms);
                }

                if (tokens.Count > 0)
                {
                    var shard = SearchIndexWriter.Encode(tokens, tokens.Keys);
                    encoded[name] = published is not null && SameBytes(shard, published) ? shard with { AsPublished = true } : shard;
                    holding[name] = Holding(tokens.Values, _ordered.Count);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is IOException or JsonException or FormatException or InvalidOperationException or KeyNotFoundException))
        {
            return null;
        }

        for (var old = 0; old < map.Length; old++)
        {
            if (map[old] >= 0)
            {
                summaries[map[old]] = previous.Documents[old].Summary;
            }
        }

        _shards = Shards(encoded.Keys, holding, new HashSet<string>(unread.Concat(spliced.Keys), StringComparer.Ordinal), oldShards, map);
        DocumentsRead = read.Length;
        return new SearchIndex(_units, _ordered, summaries, new Dictionary<string, TokenPostings>()) { EncodedShards = encoded };
    }

    /// <summary>
    /// A shard patched where no document is renumbered (an edit): its published words kept encoded as they are, but
    /// for those a document taken out holds or a document read adds to, which are decoded, renumbered, given the
    /// words read and encoded again. Null when no word is left. The documents kept fall in the shards their record
    /// gives; those read, in the shards of their words.
    /// </summary>
    /// <param name="removed">The documents taken out, by their old numbers, ascending; <paramref name="marked"/> is true at each.</param>
    private EncodedShard? Splice(
        string name, int files, List<(int Id, string Word, SearchField Fields, WordForms Forms)> added, int[] removed, bool[] marked, int[] map)
    {
        var (words, published) = files > 0 ? PublishedShards.ReadEncoded(_folder, name, files) : ([], null);
        if (published is not null)
        {
            Interlocked.Increment(ref _shardsRead);
        }

        var adding = added.Select(a => a.Word).ToHashSet(StringComparer.Ordinal);
        var changed = new Dictionary<string, TokenPostings>(StringComparer.Ordinal);
        var kept = new List<EncodedWord>(words.Count + adding.Count);
        foreach (var word in words)
        {
            if (!adding.Contains(word.Word) && (removed.Length == 0 || !word.HeldByAny(removed, marked)))
            {
                kept.Add(word);
            }
            else if (word.Postings() is var postings && postings.Renumber(map))
            {
                changed[word.Word] = postings;
            }
        }

        foreach (var (id, word, fields, forms) in added)
        {
            SearchIndexBuilder.Add(changed, id, word, fields, forms);
        }

        kept.AddRange(changed.Select(word => EncodedWord.Of(word.Key, word.Value)));
        if (kept.Count == 0)
        {
            return null;
        }

        kept.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        var shard = SearchIndexWriter.Encode(kept);
        return published is not null && SameBytes(shard, published) ? shard with { AsPublished = true } : shard;
    }

    // The documents holding any of the words, each once, in ascending order.
    private static int[] Holding(IEnumerable<TokenPostings> words, int documents)
    {
        var holds = new bool[documents];
        foreach (var postings in words)
        {
            foreach (var ids in postings.ByField)
            {
                foreach (var id in ids)
                {
                    holds[id] = true;
                }
            }
        }

        return [.. Enumerable.Range(0, documents).Where(id => holds[id])];
    }

    // The shard names whose bits are set in a recorded document's shard bits.
    private static IEnumerable<string> ShardsOf(byte[] bits, IReadOnlyList<string> shards) =>
        Enumerable.Range(0, shards.Count).Where(n => n / 8 < bits.Length && (bits[n / 8] & (1 << (n % 8))) != 0).Select(n => shards[n]);

    // The shard bits of each document of the index written (shards in ordinal order): from the shards read, the
    // documents they hold; from those kept unread or spliced (fromRecord), the kept documents' recorded bits, and
    // the documents read that holding gives.
    private byte[][] Shards(
        IEnumerable<string> written, IReadOnlyDictionary<string, int[]> holding, IReadOnlySet<string> fromRecord, IReadOnlyList<string> oldShards, int[] map)
    {
        var order = written.Order(StringComparer.Ordinal).Select((name, n) => (name, n)).ToDictionary(p => p.name, p => p.n, StringComparer.Ordinal);
        var bits = new byte[_ordered.Count][];
        for (var id = 0; id < bits.Length; id++)
        {
            bits[id] = new byte[(order.Count + 7) / 8];
        }

        foreach (var (name, ids) in holding)
        {
            var n = order[name];
            foreach (var id in ids)
            {
                bits[id][n / 8] |= (byte)(1 << (n % 8));
            }
        }

        // A kept document's recorded bits for those shards, each moved to the shard's place among those written.
        var moved = oldShards.Select(name => fromRecord.Contains(name) ? order[name] : -1).ToArray();
        for (var old = 0; fromRecord.Count > 0 && old < map.Length; old++)
        {
            if (map[old] < 0)
            {
                continue;
            }

            var recorded = _previous!.Documents[old].Shards!;
            for (var b = 0; b < moved.Length; b++)
            {
                if (b / 8 < recorded.Length && (recorded[b / 8] & (1 << (b % 8))) != 0 && moved[b] is var n and >= 0)
                {
                    bits[map[old]][n / 8] |= (byte)(1 << (n % 8));
                }
            }
        }

        return bits;
    }

    // Whether a shard encodes to the very bytes of its published files.
    private static bool SameBytes(EncodedShard shard, byte[][] published) =>
        shard.Postings.Count == published.Length - 1
        && shard.Words.AsSpan().SequenceEqual(published[0])
        && shard.Postings.Select((bytes, n) => bytes.AsSpan().SequenceEqual(published[n + 1])).All(same => same);

    /// <summary>
    /// Publishes a shard whose bytes are its published files' as those files (<see cref="Output.OutputSink.KeepPublished"/>),
    /// so that a build writes only the shards the plans it read changed.
    /// </summary>
    public bool KeepPublished(string folder, string shard, EncodedShard encoded, Output.OutputSink sink)
    {
        if (!encoded.AsPublished)
        {
            return false;
        }

        foreach (var file in SearchIndexWriter.FilesOf(shard, encoded.Postings.Count + 1))
        {
            var published = Path.Combine(_folder, file);
            var path = folder + file;
            if (sink.KeepPublished(published, path) is { } copy)
            {
                File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(published));
            }

            _kept[path] = 0;
        }

        _keptShards[shard] = 0;
        return true;
    }

    /// <summary>Whether <paramref name="path"/> (in the site) is a file of the published index kept as it was.</summary>
    public bool Kept(string path) => _kept.ContainsKey(path);

    /// <summary>Files of the published index kept as they were.</summary>
    public int KeptCount => _kept.Count;

    // Every document read, those whose text was not kept from their source again: for published files that were
    // recorded intact but could not be read as an index.
    private SearchIndex ReadWhole()
    {
        DocumentsRead = _ordered.Count;
        return SearchIndexBuilder.Build(_ordered.Select((d, id) => _texts[id] is { } text ? d with { Body = () => text } : d), _units);
    }

    // Whether document id is the published index's document of the same page with the same key.
    private bool Unchanged(int id) =>
        _previousIds!.TryGetValue(_ordered[id].Path, out var old) && _previous!.Documents[old].Key.AsSpan().SequenceEqual(_keys[id]);

    // Whether every file of the recorded index is as it was recorded.
    private static bool Intact(SearchRecord record, string folder) =>
        record.Shards.All(shard => SearchIndexWriter.FilesOf(shard.Name, shard.Files.Count)
            .Zip(shard.Files, (file, stamp) => FileStamp.Of(Path.Combine(folder, file)) == stamp)
            .All(same => same));

    // What a document's words and summary are read from: its text, or the stamp of the plan file it is read from.
    private byte[] Key(SearchDocument document, Lazy<string> text)
    {
        var body = document.BodyFile is { } file && _stampOf(file) is { } stamp ? "\u0003" + stamp : text.Value;
        return SHA256.HashData(Encoding.UTF8.GetBytes(document.WordsKey(body)));
    }
}
