namespace RaQuan.Search;

/// <summary>
/// A word of a shard as its files hold it: the count of documents holding it, the sets of documents of each field
/// and of each form, encoded (<see cref="PostingCodec"/>). <see cref="SearchIndexWriter"/> writes shards from these,
/// whether made from postings or read back from a published shard unchanged.
/// </summary>
/// <param name="OnlyForm">The word's one form, when every document writes it that way; else null and <paramref name="Variants"/>.</param>
/// <param name="Variants">The sets of documents of each form in ordinal order of the form; empty when there is one form.</param>
internal sealed record EncodedWord(string Word, int Documents, string[] Fields, string? OnlyForm, IReadOnlyList<(string Form, string Set)> Variants)
{
    /// <summary>The word as its postings give it.</summary>
    public static EncodedWord Of(string word, TokenPostings postings) =>
        postings.FormCount == 1
            ? new(word, postings.DocumentCount, [.. postings.ByField.Select(PostingCodec.Encode)], postings.Forms.First(), [])
            : new(word, postings.DocumentCount, [.. postings.ByField.Select(PostingCodec.Encode)], null,
                [.. postings.Variants.Select(v => (v.Key, PostingCodec.Encode(v.Value)))]);

    /// <summary>The word's postings, decoded.</summary>
    public TokenPostings Postings()
    {
        List<int>[] byField = [.. Fields.Select(PostingCodec.Decode)];
        return OnlyForm is { } only
            ? TokenPostings.FromLists(byField, only, Documents)
            : TokenPostings.FromLists(byField, Variants.ToDictionary(v => v.Form, v => PostingCodec.Decode(v.Set), StringComparer.Ordinal));
    }

    /// <summary>Whether any of <paramref name="ids"/> holds the word (in any field), as <see cref="PostingCodec.ContainsAny"/> asks.</summary>
    public bool HeldByAny(int[] ids, bool[] marked) => Fields.Any(set => PostingCodec.ContainsAny(set, ids, marked));
}
