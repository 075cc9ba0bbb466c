using System.Runtime.InteropServices;

namespace RaQuan.Search;

/// <summary>
/// The documents holding one folded word: per field, and per accented form of the word. A build appends them packed
/// (<see cref="PackedIds"/>, a byte or two a document), a serve session adds and removes them in place in lists;
/// the first <see cref="Add"/> or <see cref="Remove"/> turns packed postings into lists.
/// </summary>
internal sealed class TokenPostings
{
    // Appended by a build, by field (SearchField's bits: title, names, body) and by form. Three fields of the object
    // rather than an array of three: hundreds of thousands of words at 50,000 plans, most of them in one field.
    private PackedIds _title;
    private PackedIds _names;
    private PackedIds _body;
    private Dictionary<string, PackedIds>? _packedVariants;

    // Added in place by a serve session, by field and by form; null while the postings are packed.
    private List<int>[]? _byField;
    private Dictionary<string, List<int>>? _variants;

    // While every document added with Append wrote the word one way, that form and no list: every document holding
    // the word has it. Most words are written one way only, and that list was half of a full build's appends.
    private string? _onlyForm;

    /// <summary>Documents holding the word in their title, their names, their body (ascending ids).</summary>
    public List<int>[] ByField => _byField ?? [_title.ToList(), _names.ToList(), _body.ToList()];

    public int DocumentCount { get; private set; }

    /// <summary>The accented forms ("hoà", "hóa", "hoa"), in ordinal order.</summary>
    public IEnumerable<string> Forms =>
        _onlyForm is { } only
            ? [only]
            : ((IEnumerable<string>?)_variants?.Keys ?? _packedVariants?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal);

    public int FormCount => _onlyForm is not null ? 1 : _variants?.Count ?? _packedVariants?.Count ?? 0;

    /// <summary>Documents holding each accented form, by ordinal order of the form; read only when there are two forms or more.</summary>
    public IEnumerable<KeyValuePair<string, List<int>>> Variants
    {
        get
        {
            if (_onlyForm is { } only)
            {
                return [new(only, OnlyFormIds())];
            }

            var variants = _variants ?? _packedVariants?.ToDictionary(v => v.Key, v => v.Value.ToList(), StringComparer.Ordinal)
                ?? [];
            return variants.OrderBy(v => v.Key, StringComparer.Ordinal);
        }
    }

    public void Add(int id, SearchField fields, WordForms accented)
    {
        var byField = Unpacked();
        DocumentCount++;
        for (var f = 0; f < byField.Length; f++)
        {
            if (((int)fields & (1 << f)) != 0)
            {
                Insert(byField[f], id);
            }
        }

        foreach (var form in accented)
        {
            ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(_variants!, form, out _);
            Insert(ids ??= [], id);
        }
    }

    /// <summary>
    /// Adds a document in any order, for a build that merges documents as they are rendered; <see cref="SortIds"/>
    /// puts the postings in order once every document is in.
    /// </summary>
    public void Append(int id, SearchField fields, WordForms accented)
    {
        if (_byField is not null)
        {
            Add(id, fields, accented);
            return;
        }

        if (accented.IsSingle && (DocumentCount == 0 || _onlyForm == accented.First))
        {
            _onlyForm = accented.First;
        }
        else
        {
            // Before this document is counted: the only form's list is every document so far.
            if (_onlyForm is { } only)
            {
                (_packedVariants ??= new(StringComparer.Ordinal))[only] = PackedIds.Of(OnlyFormIds());
                _onlyForm = null;
            }

            _packedVariants ??= new(StringComparer.Ordinal);
            foreach (var form in accented)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_packedVariants, form, out _).Append(id);
            }
        }

        DocumentCount++;
        if ((fields & SearchField.Title) != 0)
        {
            _title.Append(id);
        }

        if ((fields & SearchField.Names) != 0)
        {
            _names.Append(id);
        }

        if ((fields & SearchField.Body) != 0)
        {
            _body.Append(id);
        }
    }

    /// <summary>Puts appended postings in order, each in an array of exactly its size.</summary>
    public void SortIds()
    {
        (_title, _names, _body) = (_title.Sorted(), _names.Sorted(), _body.Sorted());
        foreach (var form in _packedVariants?.Keys.ToList() ?? [])
        {
            _packedVariants![form] = _packedVariants[form].Sorted();
        }
    }

    /// <summary>Takes out a document <see cref="Add"/> put in with the same fields and forms.</summary>
    public void Remove(int id, SearchField fields, WordForms accented)
    {
        var byField = Unpacked();
        DocumentCount--;
        for (var f = 0; f < byField.Length; f++)
        {
            if (((int)fields & (1 << f)) != 0)
            {
                byField[f].RemoveAt(byField[f].BinarySearch(id));
            }
        }

        foreach (var form in accented)
        {
            var ids = _variants![form];
            ids.RemoveAt(ids.BinarySearch(id));
            if (ids.Count == 0)
            {
                _variants.Remove(form);
            }
        }
    }

    /// <summary>
    /// Postings as a published index holds them (<see cref="PublishedShards"/>): the documents by field and by form,
    /// each list ascending, every document in at least one field and one form.
    /// </summary>
    public static TokenPostings FromLists(List<int>[] byField, Dictionary<string, List<int>> variants)
    {
        var postings = new TokenPostings { _byField = byField, _variants = variants };
        postings.DocumentCount = postings.CountDocuments();
        return postings;
    }

    /// <summary>
    /// Postings of a word every document writes one way, <paramref name="form"/>, as a published index holds them,
    /// with the count of documents it gives: the form's documents (those of every field) are not listed until a
    /// document writing it another way is added.
    /// </summary>
    public static TokenPostings FromLists(List<int>[] byField, string form, int documents) =>
        new() { _byField = byField, _onlyForm = form, DocumentCount = documents };

    /// <summary>Renumbers the documents by <paramref name="map"/> (old number to new, -1 for one taken out); false when no document is left.</summary>
    public bool Renumber(int[] map)
    {
        var byField = _byField ?? Unpacked();
        var removed = false;
        foreach (var ids in byField)
        {
            removed |= Renumber(ids, map);
        }

        // A word written one way keeps its form's documents as those of its fields.
        if (_variants is { } variants)
        {
            foreach (var (form, ids) in variants.ToList())
            {
                Renumber(ids, map);
                if (ids.Count == 0)
                {
                    variants.Remove(form);
                }
            }
        }

        if (removed)
        {
            DocumentCount = CountDocuments();
        }

        return DocumentCount > 0;
    }

    // Whether a document was taken out.
    private static bool Renumber(List<int> ids, int[] map)
    {
        var (kept, sorted) = (0, true);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id < map.Length && map[id] >= 0)
            {
                sorted &= kept == 0 || ids[kept - 1] < map[id];
                ids[kept++] = map[id];
            }
        }

        var removed = kept < ids.Count;
        ids.RemoveRange(kept, ids.Count - kept);
        if (!sorted)
        {
            // A document moved by its date: the others keep their order.
            ids.Sort();
        }

        return removed;
    }

    /// <summary>The documents in any of <paramref name="lists"/>, each ascending, in ascending order.</summary>
    public static List<int> Union(List<int>[] lists)
    {
        var union = new List<int>(lists.Max(l => (int?)l.Count) ?? 0);
        var at = new int[lists.Length];
        while (true)
        {
            var next = int.MaxValue;
            for (var l = 0; l < lists.Length; l++)
            {
                if (at[l] < lists[l].Count && lists[l][at[l]] < next)
                {
                    next = lists[l][at[l]];
                }
            }

            if (next == int.MaxValue)
            {
                return union;
            }

            union.Add(next);
            for (var l = 0; l < lists.Length; l++)
            {
                if (at[l] < lists[l].Count && lists[l][at[l]] == next)
                {
                    at[l]++;
                }
            }
        }
    }

    // Documents in any field, from the lists; each list is ascending.
    private int CountDocuments()
    {
        var nonEmpty = _byField!.Where(ids => ids.Count > 0).ToArray();
        return nonEmpty.Length == 1 ? nonEmpty[0].Count : Union(nonEmpty).Count;
    }

    // The only form's documents: every document holding the word.
    private List<int> OnlyFormIds() => ByField.SelectMany(ids => ids).Distinct().Order().ToList();

    /// <summary>The lists a serve session edits in place, made from the packed postings the first time.</summary>
    private List<int>[] Unpacked()
    {
        if (_byField is not null && _onlyForm is { } onlyForm)
        {
            // Lists read from a published index, of a word written one way: its form's documents listed before any
            // change, merged from the lists, which are ascending (sorting them whole cost an edit's frequent words most
            // of the search step at 50,000 plans).
            var holding = _byField.Where(ids => ids.Count > 0).ToArray();
            _variants = new Dictionary<string, List<int>>(StringComparer.Ordinal) { [onlyForm] = holding.Length == 1 ? [.. holding[0]] : Union(holding) };
            _onlyForm = null;
        }

        if (_byField is null)
        {
            var variants = _onlyForm is { } only
                ? new Dictionary<string, List<int>>(StringComparer.Ordinal) { [only] = OnlyFormIds() }
                : _packedVariants?.ToDictionary(v => v.Key, v => v.Value.ToList(), StringComparer.Ordinal)
                    ?? new Dictionary<string, List<int>>(StringComparer.Ordinal);
            (_byField, _variants) = (ByField, variants);
            (_title, _names, _body, _packedVariants, _onlyForm) = (default, default, default, null, null);
        }

        return _byField;
    }

    /// <summary>
    /// Sorts ids that are nearly in order already, as a build appends them: its plans render in id order, two or
    /// more at a time, so an id comes at most a few places early. Insertion sort moves each the few places it is
    /// out (a general sort cost a twentieth of indexing); ids further out of order than that are sorted in full.
    /// </summary>
    internal static void SortNearlyInOrder(Span<int> ids)
    {
        var moves = 0L;
        var budget = 16L * ids.Length;
        for (var i = 1; i < ids.Length; i++)
        {
            var id = ids[i];
            var j = i - 1;
            while (j >= 0 && ids[j] > id)
            {
                ids[j + 1] = ids[j];
                j--;
                if (++moves > budget)
                {
                    ids[j + 1] = id;
                    ids.Sort();
                    return;
                }
            }

            ids[j + 1] = id;
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
