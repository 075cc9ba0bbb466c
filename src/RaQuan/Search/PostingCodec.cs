using System.Runtime.InteropServices;

namespace RaQuan.Search;

/// <summary>
/// Writes a sorted set of document numbers as text, whichever is shorter of: "L" and the gaps between numbers as
/// base64url variable-length digits (5 bits each, the sixth bit says "more follows"; a word in few documents), or
/// "B" and a bitmap in base64url, 6 documents a character (a word in most documents costs N/6 bytes at most).
/// The empty set is "". search.js decodes both.
/// </summary>
internal static class PostingCodec
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    // Each string is made at its final length: a frequent word's postings run to hundreds of kilobytes, and the
    // builders and lists that grew to them were most of the large objects, and the full collections, of a build that
    // reads a published index back.
    public static string Encode(IReadOnlyList<int> ids) => Encode(ids as List<int> ?? [.. ids]);

    /// <inheritdoc cref="Encode(IReadOnlyList{int})"/>
    public static string Encode(List<int> ids)
    {
        if (ids.Count == 0)
        {
            return "";
        }

        var listLength = 1;
        var previous = -1;
        foreach (var id in CollectionsMarshal.AsSpan(ids))
        {
            for (var gap = id - previous - 1; gap >= 32; gap >>= 5)
            {
                listLength++;
            }

            listLength++;
            previous = id;
        }

        var bitmapLength = 1 + (ids[^1] / 6) + 1;
        return listLength <= bitmapLength ? List(ids, listLength) : Bitmap(ids);
    }

    public static List<int> Decode(string text)
    {
        if (text.StartsWith('L'))
        {
            var count = 0;
            foreach (var c in text.AsSpan(1))
            {
                count += Digit(c) < 32 ? 1 : 0;
            }

            var ids = new List<int>(count);
            for (var gaps = new Gaps(text.AsSpan(1)); gaps.Next(out var id);)
            {
                ids.Add(id);
            }

            return ids;
        }

        if (text.StartsWith('B'))
        {
            var count = 0;
            foreach (var c in text.AsSpan(1))
            {
                count += System.Numerics.BitOperations.PopCount((uint)Digit(c));
            }

            var ids = new List<int>(count);
            for (var i = 1; i < text.Length; i++)
            {
                var bits = Digit(text[i]);
                for (var b = 0; b < 6; b++)
                {
                    if ((bits & (1 << b)) != 0)
                    {
                        ids.Add(((i - 1) * 6) + b);
                    }
                }
            }

            return ids;
        }

        return [];
    }

    /// <summary>Whether the set encoded as <paramref name="text"/> holds <paramref name="id"/>, read without making its list.</summary>
    public static bool Contains(string text, int id)
    {
        if (text.StartsWith('L'))
        {
            for (var gaps = new Gaps(text.AsSpan(1)); gaps.Next(out var next);)
            {
                if (next >= id)
                {
                    return next == id;
                }
            }

            return false;
        }

        return text.StartsWith('B') && id >= 0 && 1 + (id / 6) < text.Length && (Digit(text[1 + (id / 6)]) & (1 << (id % 6))) != 0;
    }

    /// <summary>
    /// Whether the set encoded as <paramref name="text"/> holds any of <paramref name="ids"/> (ascending; also given as
    /// <paramref name="marked"/>, true at each), read once without making its list however many documents are asked.
    /// </summary>
    public static bool ContainsAny(string text, int[] ids, bool[] marked)
    {
        if (text.StartsWith('L'))
        {
            for (var gaps = new Gaps(text.AsSpan(1)); gaps.Next(out var id);)
            {
                if (id < marked.Length && marked[id])
                {
                    return true;
                }
            }

            return false;
        }

        return ids.Any(id => Contains(text, id));
    }

    // The documents of an "L" set, one at a time, from its gaps.
    private ref struct Gaps(ReadOnlySpan<char> digits)
    {
        private ReadOnlySpan<char> _digits = digits;
        private int _previous = -1;

        public bool Next(out int id)
        {
            var (gap, shift) = (0, 0);
            while (!_digits.IsEmpty)
            {
                var digit = Digit(_digits[0]);
                _digits = _digits[1..];
                gap |= (digit & 31) << shift;
                shift += 5;
                if (digit < 32)
                {
                    id = _previous += gap + 1;
                    return true;
                }
            }

            id = -1;
            return false;
        }
    }

    private static int Digit(char c) =>
        c switch
        {
            >= 'A' and <= 'Z' => c - 'A',
            >= 'a' and <= 'z' => c - 'a' + 26,
            >= '0' and <= '9' => c - '0' + 52,
            '-' => 62,
            '_' => 63,
            _ => throw new FormatException($"'{c}' in a set of documents"),
        };

    private static string List(List<int> ids, int length) =>
        string.Create(length, ids, (chars, ids) =>
        {
            chars[0] = 'L';
            var (at, previous) = (1, -1);
            foreach (var id in CollectionsMarshal.AsSpan(ids))
            {
                for (var gap = id - previous - 1; ; gap >>= 5)
                {
                    var more = gap >= 32;
                    chars[at++] = Alphabet[(gap & 31) | (more ? 32 : 0)];
                    if (!more)
                    {
                        break;
                    }
                }

                previous = id;
            }
        });

    private static string Bitmap(List<int> ids) =>
        string.Create(1 + (ids[^1] / 6) + 1, ids, (chars, ids) =>
        {
            chars[0] = 'B';
            chars[1..].Fill('\0');
            foreach (var id in CollectionsMarshal.AsSpan(ids))
            {
                chars[1 + (id / 6)] = (char)(chars[1 + (id / 6)] | (1 << (id % 6)));
            }

            for (var i = 1; i < chars.Length; i++)
            {
                chars[i] = Alphabet[chars[i]];
            }
        });
}
