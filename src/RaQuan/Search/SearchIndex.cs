namespace RaQuan.Search;

/// <summary>
/// The search index in memory: documents in id order, their shown summaries, and the postings of every word; or,
/// for an index patched from the published one (<see cref="RecordedSearchIndex"/>), its word shards as encoded.
/// </summary>
internal sealed record SearchIndex(
    IReadOnlyList<Unit> Units,
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<string> Summaries,
    IReadOnlyDictionary<string, TokenPostings> Tokens)
{
    /// <summary>The word shards already encoded, by name, in place of <see cref="Tokens"/>; null when the tokens are given.</summary>
    public IReadOnlyDictionary<string, EncodedShard>? EncodedShards { get; init; }
}
