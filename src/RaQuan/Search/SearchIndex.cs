namespace RaQuan.Search;

/// <summary>The search index in memory: documents in id order, their shown summaries, and the postings of every word.</summary>
internal sealed record SearchIndex(
    IReadOnlyList<Unit> Units,
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<string> Summaries,
    IReadOnlyDictionary<string, TokenPostings> Tokens);
