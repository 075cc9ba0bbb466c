namespace RaQuan.Search;

/// <summary>
/// The search index of a full build, filled while the plans render: the documents are numbered before any is read
/// (<see cref="SearchIndexBuilder.Order"/>), each plan's words are merged as soon as its page is made, from the text
/// of the same parse, so no plan is read twice and no plan's text waits for the search step. What the plans did not
/// give (ceremonies, result tables) is read at the end. Documents arrive in any order; the postings are sorted once.
/// </summary>
internal sealed class SearchIndexStream : ISearchIndexBuilder
{
    private readonly IReadOnlyList<Unit> _units;
    private readonly List<SearchDocument> _ordered;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenPostings> _tokens = new(StringComparer.Ordinal);
    private readonly string?[] _summaries;
    private readonly Lock _merging = new();

    public SearchIndexStream(IEnumerable<SearchDocument> documents, IReadOnlyList<Unit> units)
    {
        _units = units;
        _ordered = SearchIndexBuilder.Order(documents, units);
        _summaries = new string?[_ordered.Count];
        for (var id = 0; id < _ordered.Count; id++)
        {
            _ids.TryAdd(_ordered[id].Path, id);
        }
    }

    /// <summary>The documents in number order.</summary>
    public IReadOnlyList<SearchDocument> Ordered => _ordered;

    /// <summary>
    /// <paramref name="items"/> in the order of their documents' numbers (those without a document last), so that a
    /// build rendering them in this order appends to each word's lists nearly in order.
    /// </summary>
    public IEnumerable<T> InRenderOrder<T>(IEnumerable<T> items, Func<T, string> path) =>
        items.OrderBy(item => _ids.TryGetValue(path(item), out var id) ? id : int.MaxValue);

    /// <summary>Adds the document of the page at <paramref name="path"/>, with <paramref name="body"/> as its text.</summary>
    public void Add(string path, Func<string> text) => Add(path, text());

    /// <inheritdoc cref="Add(string, Func{string})"/>
    public void Add(string path, string body)
    {
        if (!_ids.TryGetValue(path, out var id))
        {
            return;
        }

        // The words come as this thread's own objects, each knowing its postings here after its first document.
        var (words, summary) = SearchIndexBuilder.Read(_ordered[id] with { Body = () => body });
        lock (_merging)
        {
            if (_summaries[id] is not null)
            {
                return;
            }

            foreach (var word in words)
            {
                word.PostingsIn(this, _tokens).Append(id, word.Fields, word.Forms);
            }

            _summaries[id] = summary;
        }
    }

    /// <summary>A plain build keeps no shards.</summary>
    public EncodedShard Shard(string shard, Func<EncodedShard> encode) => encode();

    /// <summary>The whole index, once the documents not added have been read.</summary>
    public SearchIndex Finish()
    {
        // Read on both cores a batch at a time, then merged in id order, so the lists of documents read here come out
        // sorted already. Not PLINQ: this runs beside the unit pages on a pool thread, and PLINQ's consumer blocked
        // that thread waiting for tasks queued behind the pages', leaving one core idle for 0.7 s at 50,000 plans
        // until the pool added threads. Parallel.For works on the calling thread too.
        var rest = Enumerable.Range(0, _ordered.Count).Where(id => _summaries[id] is null).ToArray();
        var batch = new DocumentWords[Math.Clamp(rest.Length, 1, 1024)];
        foreach (var ids in rest.Chunk(batch.Length))
        {
            Parallel.For(0, ids.Length, i => batch[i] = SearchIndexBuilder.Analyse(_ordered[ids[i]]));
            for (var i = 0; i < ids.Length; i++)
            {
                Merge(ids[i], batch[i]);
            }
        }

        // Half of the search step of a 50,000-plan build, and every word's postings are its own: both cores. Each
        // word's packed ids come out sorted and in an array of exactly their size, until the shards are written.
        Parallel.ForEach(_tokens.Values, postings => postings.SortIds());

        return new SearchIndex(_units, _ordered, Array.ConvertAll(_summaries, s => s!), _tokens);
    }

    private void Merge(int id, DocumentWords words)
    {
        lock (_merging)
        {
            if (_summaries[id] is not null)
            {
                return;
            }

            foreach (var (folded, (fields, forms)) in words.Words)
            {
                if (!_tokens.TryGetValue(folded, out var postings))
                {
                    _tokens[folded] = postings = new TokenPostings();
                }

                postings.Append(id, fields, forms);
            }

            _summaries[id] = words.Summary;
        }
    }
}
