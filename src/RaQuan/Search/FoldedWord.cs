namespace RaQuan.Search;

/// <summary>
/// A folded word ("hoa") as one thread's analyses meet it: one object per folded word per thread, shared by every
/// spelling that folds to it ("Hoà", "HOÁ", "hoa"). It notes the analysis that met it last, with the fields and
/// accented forms met there, so a document's words are gathered without a table of their own; and the postings it
/// was merged into, so a build finds them once per thread rather than once per document.
/// </summary>
internal sealed class FoldedWord(string folded)
{
    private SearchIndexStream? _index;
    private TokenPostings? _postings;
    private WordForms _forms;

    public string Folded => folded;

    /// <summary>The number of the analysis that last met this word (see <see cref="SearchIndexBuilder"/>); 0 for none.</summary>
    public long Document { get; private set; }

    /// <summary>The fields that analysis met the word in.</summary>
    public SearchField Fields { get; private set; }

    /// <summary>The accented forms that analysis met the word in.</summary>
    public WordForms Forms => _forms;

    /// <summary>Notes a meeting in <paramref name="analysis"/>; true when it is the first of that analysis.</summary>
    public bool Meet(long analysis, SearchField field, string accented)
    {
        if (Document != analysis)
        {
            Document = analysis;
            Fields = field;
            _forms = new WordForms(accented);
            return true;
        }

        Fields |= field;
        _forms.Add(accented);
        return false;
    }

    /// <summary>This word's postings in <paramref name="index"/>, made there if it has none; called under the index's lock.</summary>
    public TokenPostings PostingsIn(SearchIndexStream index, Dictionary<string, TokenPostings> tokens)
    {
        if (_index != index)
        {
            if (!tokens.TryGetValue(folded, out var postings))
            {
                tokens[folded] = postings = new TokenPostings();
            }

            (_index, _postings) = (index, postings);
        }

        return _postings!;
    }
}
