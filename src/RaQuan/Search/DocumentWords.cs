namespace RaQuan.Search;

/// <summary>What the index takes from one document: its folded words (with the fields and spellings each came in) and its summary.</summary>
internal sealed record DocumentWords(Dictionary<string, (SearchField Fields, WordForms Forms)> Words, string Summary)
{
    public void Deconstruct(out Dictionary<string, (SearchField Fields, WordForms Forms)> words, out string summary) =>
        (words, summary) = (Words, Summary);
}
