namespace RaQuan.Rendering.Caching;

/// <summary>
/// A cache of a serve session whose entries last while builds ask for them: <see cref="Sweep"/> drops those that
/// no build asked for since the last sweep. Keys are addresses and files, and a plan renamed, retitled or deleted
/// leaves its old ones behind; kept for good, they made a session grow with every edit.
/// </summary>
internal sealed class SweptCache<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private readonly ConcurrentDictionary<TKey, bool> _used = new(comparer);

    public int Count => _entries.Count;

    public TValue this[TKey key]
    {
        set
        {
            _used[key] = true;
            _entries[key] = value;
        }
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        _used[key] = true;
        return _entries.TryGetValue(key, out value!);
    }

    public void Remove(TKey key) => _entries.TryRemove(key, out _);

    public void Clear()
    {
        _entries.Clear();
        _used.Clear();
    }

    /// <summary>Drops the entries no one asked for since the last sweep.</summary>
    public void Sweep()
    {
        foreach (var key in _entries.Keys)
        {
            if (!_used.ContainsKey(key))
            {
                _entries.TryRemove(key, out _);
            }
        }

        _used.Clear();
    }
}
