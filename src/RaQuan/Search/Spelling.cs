namespace RaQuan.Search;

/// <summary>
/// One way a word is written ("Hoà"), with what it folds to: usually one word and accented form, as "hoa", "hoà".
/// <see cref="SearchWords"/> keeps one per spelling per thread, so it also notes which document met it last and in
/// which fields: a word repeated in a document is then skipped at once, instead of looked up in the document's table
/// at every occurrence.
/// </summary>
internal sealed class Spelling((FoldedWord Word, string Accented)[] words)
{
    public (FoldedWord Word, string Accented)[] Words => words;

    /// <summary>The number of the analysis that last met this spelling (see <see cref="SearchIndexBuilder"/>); 0 for none.</summary>
    public long Document { get; set; }

    /// <summary>The fields that analysis met it in.</summary>
    public SearchField Fields { get; set; }
}
