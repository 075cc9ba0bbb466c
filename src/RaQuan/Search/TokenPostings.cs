namespace RaQuan.Search;

/// <summary>The documents holding one folded word: per field, and per accented form of the word.</summary>
internal sealed class TokenPostings
{
    /// <summary>Documents holding the word in their title, their names, their body (ascending ids).</summary>
    public List<int>[] ByField { get; } = [[], [], []];

    /// <summary>Documents holding each accented form ("hoà", "hóa", "hoa"), by ordinal order of the form.</summary>
    public SortedDictionary<string, List<int>> Variants { get; } = new(StringComparer.Ordinal);

    public int DocumentCount { get; private set; }

    public void Add(int id, SearchField fields, IEnumerable<string> accented)
    {
        DocumentCount++;
        for (var f = 0; f < ByField.Length; f++)
        {
            if (((int)fields & (1 << f)) != 0)
            {
                ByField[f].Add(id);
            }
        }

        foreach (var form in accented)
        {
            if (!Variants.TryGetValue(form, out var ids))
            {
                Variants[form] = ids = [];
            }

            ids.Add(id);
        }
    }
}
