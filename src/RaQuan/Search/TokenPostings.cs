namespace RaQuan.Search;

/// <summary>The documents holding one folded word: per field, and per accented form of the word.</summary>
internal sealed class TokenPostings
{
    /// <summary>Documents holding the word in their title, their names, their body (ascending ids).</summary>
    public List<int>[] ByField { get; } = [[], [], []];

    /// <summary>Documents holding each accented form ("hoà", "hóa", "hoa"), by ordinal order of the form.</summary>
    public SortedDictionary<string, List<int>> Variants { get; } = new(StringComparer.Ordinal);

    public int DocumentCount { get; private set; }

    public void Add(int id, SearchField fields, IEnumerable<string> accented) => Put(id, fields, accented, Insert);

    /// <summary>
    /// Adds a document in any order, for a build that merges documents as they are rendered; <see cref="SortIds"/>
    /// puts the lists in order once every document is in.
    /// </summary>
    public void Append(int id, SearchField fields, IEnumerable<string> accented) => Put(id, fields, accented, (ids, n) => ids.Add(n));

    /// <summary>Sorts every list after <see cref="Append"/>.</summary>
    public void SortIds()
    {
        foreach (var ids in ByField.Concat(Variants.Values))
        {
            ids.Sort();
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

    private void Put(int id, SearchField fields, IEnumerable<string> accented, Action<List<int>, int> put)
    {
        DocumentCount++;
        for (var f = 0; f < ByField.Length; f++)
        {
            if (((int)fields & (1 << f)) != 0)
            {
                put(ByField[f], id);
            }
        }

        foreach (var form in accented)
        {
            if (!Variants.TryGetValue(form, out var ids))
            {
                Variants[form] = ids = [];
            }

            put(ids, id);
        }
    }

    // Documents added in ascending order are appended; a serve session puts an edited one back in its place.
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
