namespace RaQuan.Search;

/// <summary>
/// Document ids as a build appends them, packed: each id as its signed distance from the one before (zigzag, so a
/// step back costs one bit), in 7-bit groups, a high bit saying "more follows". A build appends a word's documents
/// nearly in order, so most distances take one or two bytes where a list of ints took four and its spare room as
/// much again; at 50,000 plans the ids were most of what a build's memory grew by (bench/README.md).
/// </summary>
internal struct PackedIds
{
    private byte[]? _bytes;
    private int _length;
    private int _last;

    // Whether an id came after a larger one, so ToList sorts.
    private bool _unordered;

    public int Count { get; private set; }

    /// <summary>Packs ids in ascending order, in an array of exactly their size.</summary>
    public static PackedIds Of(List<int> ids)
    {
        var packed = new PackedIds { _bytes = new byte[Size(ids)] };
        foreach (var id in ids)
        {
            packed.Write(id);
        }

        return packed;
    }

    public void Append(int id)
    {
        var bytes = _bytes;
        if (bytes is null || bytes.Length - _length < 5)
        {
            // Half again rather than doubled: a little more copying for a third less spare room on average.
            Array.Resize(ref _bytes, Math.Max(_length + 8, (bytes?.Length ?? 0) * 3 / 2));
        }

        Write(id);
    }

    // Into room made already: five bytes at most.
    private void Write(int id)
    {
        var bytes = _bytes!;
        _unordered |= Count > 0 && id < _last;
        var value = Zigzag(id - _last);
        while (value >= 0x80)
        {
            bytes[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[_length++] = (byte)value;
        _last = id;
        Count++;
    }

    /// <summary>The ids in ascending order.</summary>
    public readonly List<int> ToList()
    {
        var ids = new List<int>(Count);
        var (id, value, shift) = (0, 0u, 0);
        for (var i = 0; i < _length; i++)
        {
            var b = _bytes![i];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
            if (b < 0x80)
            {
                id += (int)(value >> 1) ^ -(int)(value & 1);
                ids.Add(id);
                (value, shift) = (0, 0);
            }
        }

        if (_unordered)
        {
            TokenPostings.SortNearlyInOrder(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
        }

        return ids;
    }

    /// <summary>The same ids in ascending order, in an array of exactly their size.</summary>
    public readonly PackedIds Sorted() => _unordered || (_bytes?.Length ?? 0) != _length ? Of(ToList()) : this;

    private static uint Zigzag(int delta) => (uint)((delta << 1) ^ (delta >> 31));

    private static int Size(List<int> ids)
    {
        var (size, last) = (0, 0);
        foreach (var id in ids)
        {
            for (var value = Zigzag(id - last); ; value >>= 7)
            {
                size++;
                if (value < 0x80)
                {
                    break;
                }
            }

            last = id;
        }

        return size;
    }
}
