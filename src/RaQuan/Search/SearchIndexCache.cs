namespace RaQuan.Search;

/// <summary>
/// The search index a <c>raquan serve</c> session keeps between builds. While every document keeps its number (the
/// same documents in the same order: no plan added, removed, or moved by its unit or date), a build takes the
/// edited documents' changed words out of their postings and puts them back, and re-encodes only the shards
/// holding those words; other shards are written from the bytes kept. Otherwise it merges every document again.
/// Either way the files are the ones a full build writes.
/// </summary>
internal sealed class SearchIndexCache : IShardCache
{
    private readonly Dictionary<string, EncodedShard> _shards = new(StringComparer.Ordinal);

    // Shards whose words changed since their bytes were kept.
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private Dictionary<string, TokenPostings> _tokens = new(StringComparer.Ordinal);
    private List<string> _paths = [];
    private List<string> _units = [];
    private List<DocumentWords> _words = [];

    /// <summary>
    /// The index of <paramref name="documents"/>, patched from the previous build's where it can be. Its postings are
    /// the ones kept here, so it holds until the next update.
    /// </summary>
    public SearchIndex Update(IEnumerable<SearchDocument> documents, IReadOnlyList<Unit> units, Func<SearchDocument, Func<DocumentWords>, DocumentWords> reuse)
    {
        var ordered = SearchIndexBuilder.Order(documents, units);
        var words = SearchIndexBuilder.Analyse(ordered, reuse).ToList();
        var paths = ordered.Select(d => d.Path).ToList();
        var unitSlugs = units.Select(u => u.Slug).ToList();
        var same = paths.SequenceEqual(_paths, StringComparer.Ordinal) && unitSlugs.SequenceEqual(_units, StringComparer.Ordinal);

        // Should a patch stop halfway, the next update merges everything again.
        _paths = [];
        if (same)
        {
            for (var id = 0; id < words.Count; id++)
            {
                if (!ReferenceEquals(words[id], _words[id]))
                {
                    Patch(id, _words[id].Words, words[id].Words);
                }
            }
        }
        else
        {
            _tokens = new Dictionary<string, TokenPostings>(StringComparer.Ordinal);
            for (var id = 0; id < words.Count; id++)
            {
                SearchIndexBuilder.Add(_tokens, id, words[id]);
            }

            _shards.Clear();
            _changed.Clear();
        }

        (_paths, _units, _words) = (paths, unitSlugs, words);
        return new SearchIndex(units, ordered, words.Select(w => w.Summary).ToList(), _tokens);
    }

    /// <summary>A shard's files: kept when none of its words changed.</summary>
    public EncodedShard Shard(string shard, Func<EncodedShard> encode)
    {
        if (!_changed.Contains(shard) && _shards.TryGetValue(shard, out var kept))
        {
            return kept;
        }

        var encoded = encode();
        _shards[shard] = encoded;
        _changed.Remove(shard);
        return encoded;
    }

    private void Patch(
        int id, Dictionary<string, (SearchField Fields, WordForms Forms)> before, Dictionary<string, (SearchField Fields, WordForms Forms)> after)
    {
        foreach (var (token, old) in before)
        {
            if (!after.TryGetValue(token, out var now) || !Same(old, now))
            {
                var postings = _tokens[token];
                postings.Remove(id, old.Fields, old.Forms);
                if (postings.DocumentCount == 0)
                {
                    _tokens.Remove(token);
                }

                _changed.Add(SearchIndexWriter.ShardOf(token));
            }
        }

        foreach (var (token, now) in after)
        {
            if (!before.TryGetValue(token, out var old) || !Same(old, now))
            {
                SearchIndexBuilder.Add(_tokens, id, token, now.Fields, now.Forms);
                _changed.Add(SearchIndexWriter.ShardOf(token));
            }
        }
    }

    private static bool Same((SearchField Fields, WordForms Forms) a, (SearchField Fields, WordForms Forms) b) =>
        a.Fields == b.Fields && a.Forms.SetEquals(b.Forms);
}

/// <summary>
/// One build's use of a <see cref="SearchIndexCache"/>: plans give their text as they render, and the index is
/// patched from it at the end, each document's words reused through <paramref name="reuse"/> while unchanged.
/// </summary>
internal sealed class PatchedSearchIndex(
    SearchIndexCache cache, Func<IEnumerable<SearchDocument>> documents, IReadOnlyList<Unit> units,
    Func<SearchDocument, Func<DocumentWords>, DocumentWords> reuse) : ISearchIndexBuilder
{
    // Each rendered plan's text by the plan's path, so the search step neither reads nor parses the plan again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public EncodedShard Shard(string shard, Func<EncodedShard> encode) => cache.Shard(shard, encode);

    public IEnumerable<T> InRenderOrder<T>(IEnumerable<T> items, Func<T, string> path) => items;

    public void Add(string path, Func<string> text) => _texts[path] = text();

    public SearchIndex Finish() =>
        cache.Update(documents().Select(d => _texts.TryGetValue(d.Path, out var text) ? d with { Body = () => text } : d), units, reuse);
}
