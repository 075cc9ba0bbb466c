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

    public static string Encode(IReadOnlyList<int> ids)
    {
        if (ids.Count == 0)
        {
            return "";
        }

        var list = new StringBuilder("L", ids.Count * 2);
        var previous = -1;
        foreach (var id in ids)
        {
            for (var gap = id - previous - 1; ; gap >>= 5)
            {
                var more = gap >= 32;
                list.Append(Alphabet[(gap & 31) | (more ? 32 : 0)]);
                if (!more)
                {
                    break;
                }
            }

            previous = id;
        }

        var bitmapLength = 1 + (ids[^1] / 6) + 1;
        return list.Length <= bitmapLength ? list.ToString() : Bitmap(ids);
    }

    public static List<int> Decode(string text)
    {
        var ids = new List<int>();
        if (text.StartsWith('L'))
        {
            var previous = -1;
            var (gap, shift) = (0, 0);
            foreach (var c in text.AsSpan(1))
            {
                var digit = Digit(c);
                gap |= (digit & 31) << shift;
                shift += 5;
                if (digit < 32)
                {
                    previous += gap + 1;
                    ids.Add(previous);
                    (gap, shift) = (0, 0);
                }
            }
        }
        else if (text.StartsWith('B'))
        {
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
        }

        return ids;
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

    private static string Bitmap(IReadOnlyList<int> ids)
    {
        var chars = new int[(ids[^1] / 6) + 1];
        foreach (var id in ids)
        {
            chars[id / 6] |= 1 << (id % 6);
        }

        var builder = new StringBuilder("B", chars.Length + 1);
        foreach (var bits in chars)
        {
            builder.Append(Alphabet[bits]);
        }

        return builder.ToString();
    }
}
