using System.Runtime.InteropServices;

namespace RaQuan.Search;

/// <summary>The documents holding one folded word: per field, and per accented form of the word.</summary>
internal sealed class TokenPostings
{
    // By form; put in ordinal order when read (a sorted dictionary compared strings at every one of a build's lookups).
    private readonly Dictionary<string, List<int>> _variants = new(StringComparer.Ordinal);

    // While every document added with Append wrote the word one way, that form and no list: every document holding
    // the word has it. Most words are written one way only, and that list was half of a full build's appends.
    private string? _onlyForm;

    // SearchField.Body's bit.
    private const int BodyField = 2;

    private readonly List<int>[] _byField = [[], [], []];

    // Body ids appended by a build wait here, in this object, until the lists are read: appending to the body's
    // list read that list's object, a cache miss for nearly every word of every plan (3 % of a large build).
    private int[] _body = [];
    private int _bodyCount;

    // Past ChunkLength ids, full chunks wait here and a new one is begun. One array doubled without end went to the
    // large-object heap for every word most plans hold (past 21,000 ids), each step a copy of the last, and filling
    // that heap started full collections: 12 in a 50,000-plan build, 10 with chunks.
    private const int ChunkLength = 4096;
    private List<int[]>? _fullChunks;

    /// <summary>Documents holding the word in their title, their names, their body (ascending ids).</summary>
    public List<int>[] ByField
    {
        get
        {
            if (_bodyCount > 0 || _fullChunks is not null)
            {
                var body = _byField[BodyField];
                body.EnsureCapacity(body.Count + ((_fullChunks?.Count ?? 0) * ChunkLength) + _bodyCount);
                foreach (var chunk in _fullChunks ?? [])
                {
                    body.AddRange(chunk);
                }

                body.AddRange(_body.AsSpan(0, _bodyCount));
                (_body, _bodyCount, _fullChunks) = ([], 0, null);
            }

            return _byField;
        }
    }

    public int DocumentCount { get; private set; }

    /// <summary>The accented forms ("hoà", "hóa", "hoa"), in ordinal order.</summary>
    public IEnumerable<string> Forms => _onlyForm is { } only ? [only] : _variants.Keys.Order(StringComparer.Ordinal);

    public int FormCount => _onlyForm is null ? _variants.Count : 1;

    /// <summary>Documents holding each accented form, by ordinal order of the form; read only when there are two forms or more.</summary>
    public IEnumerable<KeyValuePair<string, List<int>>> Variants => Materialized().OrderBy(v => v.Key, StringComparer.Ordinal);

    public void Add(int id, SearchField fields, WordForms accented)
    {
        Materialized();
        Count(id, fields, append: false);
        foreach (var form in accented)
        {
            Insert(FormList(form), id);
        }
    }

    /// <summary>
    /// Adds a document in any order, for a build that merges documents as they are rendered; <see cref="SortIds"/>
    /// puts the lists in order once every document is in.
    /// </summary>
    public void Append(int id, SearchField fields, WordForms accented)
    {
        if (accented.IsSingle && (DocumentCount == 0 || _onlyForm == accented.First))
        {
            _onlyForm = accented.First;
        }
        else
        {
            // Before this document is counted: the only form's list is every document so far.
            Materialized();
            foreach (var form in accented)
            {
                FormList(form).Add(id);
            }
        }

        Count(id, fields, append: true);
    }

    /// <summary>Sorts every list after <see cref="Append"/>.</summary>
    public void SortIds()
    {
        foreach (var ids in ByField.Concat(_variants.Values))
        {
            SortNearlyInOrder(CollectionsMarshal.AsSpan(ids));
        }
    }

    /// <summary>Takes out a document <see cref="Add"/> put in with the same fields and forms.</summary>
    public void Remove(int id, SearchField fields, WordForms accented)
    {
        Materialized();
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
            var ids = _variants[form];
            ids.RemoveAt(ids.BinarySearch(id));
            if (ids.Count == 0)
            {
                _variants.Remove(form);
            }
        }
    }

    // A flag rather than a delegate: this runs for every word of every document.
    private void Count(int id, SearchField fields, bool append)
    {
        DocumentCount++;
        for (var f = 0; f < _byField.Length; f++)
        {
            if (((int)fields & (1 << f)) != 0)
            {
                if (!append)
                {
                    Insert(ByField[f], id);
                }
                else if (f == BodyField)
                {
                    AppendToBody(id);
                }
                else
                {
                    _byField[f].Add(id);
                }
            }
        }
    }

    private void AppendToBody(int id)
    {
        if (_bodyCount == ChunkLength)
        {
            (_fullChunks ??= []).Add(_body);
            (_body, _bodyCount) = (new int[ChunkLength], 0);
        }
        else if (_bodyCount == _body.Length)
        {
            Array.Resize(ref _body, Math.Max(4, _body.Length * 2));
        }

        _body[_bodyCount++] = id;
    }

    private List<int> FormList(string form)
    {
        ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(_variants, form, out _);
        return ids ??= [];
    }

    /// <summary>The per-form lists, the only form's made now if it was kept implicit: every document so far.</summary>
    private Dictionary<string, List<int>> Materialized()
    {
        if (_onlyForm is { } only)
        {
            _variants[only] = ByField.SelectMany(ids => ids).Distinct().Order().ToList();
            _onlyForm = null;
        }

        return _variants;
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
