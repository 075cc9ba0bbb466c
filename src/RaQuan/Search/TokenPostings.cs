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
                Insert(ByField[f], id);
            }
        }

        foreach (var form in accented)
        {
            if (!Variants.TryGetValue(form, out var ids))
            {
                Variants[form] = ids = [];
            }

            Insert(ids, id);
        }
    }

    /// <summary>Takes out a document <see cref="Add"/> put in with the same fields and forms.</summary>
    public void Remove(int id, SearchField fields, IEnumerable<string> accented)
    {
        DocumentCount--;
        for (var f = 0; f < ByField.Length; f++)
        {
            if (((int)fields & (1 << f)) != 0)
            {
                ByField[f].RemoveAt(ByField[f].BinarySearch(id));
            }
        }

        foreach (var form in accented)
        {
            var ids = Variants[form];
            ids.RemoveAt(ids.BinarySearch(id));
            if (ids.Count == 0)
            {
                Variants.Remove(form);
            }
        }
    }

    // A full build adds documents in ascending order (appends); a serve session puts an edited one back in its place.
    private static void Insert(List<int> ids, int id)
    {
        if (ids.Count == 0 || ids[^1] < id)
        {
            ids.Add(id);
        }
        else
        {
            ids.Insert(~ids.BinarySearch(id), id);
        }
    }
}
