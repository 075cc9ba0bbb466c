namespace RaQuan.Tests.Reliability;

/// <summary>
/// Breaks a real document the ways files get broken: flipped bytes, cut short, lines shuffled, lost or repeated, text
/// pasted from elsewhere, and the extremes a reader must survive: a 1 MB line, lists and quotes 1,000 levels deep, a
/// table 10,000 columns wide. Everything comes from <see cref="Random"/>, so a seed replays it exactly.
/// </summary>
internal sealed class SeedMutator(Random random, IReadOnlyList<byte[]> seeds)
{
    public const int HugeLineBytes = 1024 * 1024;
    public const int DeepLevels = 1_000;
    public const int WideColumns = 10_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Snippets =
    [
        "**", "*", "_", "`", "```", "~~~", "[", "]", "](", "[^1]", "[^1]: ", "<", ">", "<ul><li>", "</li></ul>", "<sup>1</sup>",
        "<script>", "<!--", "-->", "|", "| --- |", "\t", "::: ", "---", "# ", "## ", "1. ", "- ", "+ ", "> ", "\\", "&amp;",
        "&#0;", "\0", "\r", "\u00a0", "\u200b", "\ufeff", "\u202e", "¹", "⁽²⁾", "08^h30'", "Số: ", "ngày 31 tháng 02 năm 2024",
        "Nơi nhận:", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KẾ HOẠCH", "V/v ", "Ph¸t ®éng", "ngaøy",
    ];

    // Cheap mutations are common. The extremes cost 100 ms or more each to read, so they are rare: about 1 in 300
    // inputs gets each, some 30 of each in the default 10,000 iterations.
    private static readonly (string Name, int Weight)[] Kinds =
    [
        ("flip", 200), ("truncate", 80), ("shuffle", 80), ("delete", 140), ("duplicate", 140), ("splice", 60),
        ("snippet", 140), ("deep-line", 60), ("deep-staircase", 3), ("wide-table", 3), ("huge-line", 3),
        ("noncharacter", 40), ("invalid-utf8", 40), ("slow-shape", 3),
    ];

    // Characters no text may hold: noncharacters of the first and other planes, and a lone surrogate (as text the
    // lenient decoder of SeedInput.Text keeps; in the file's bytes it is invalid UTF-8).
    private static readonly string[] Noncharacters = ["\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF"];

    // Bytes no UTF-8 text holds: a stray FF, a lead byte without its continuation, a surrogate (ED A0 80), an
    // overlong "/" (C0 AF), a code point past U+10FFFF (F4 90 80 80).
    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80]];

    /// <summary>
    /// The shapes that took minutes far below the 2 MB limit (bench/worst-shapes): link addresses that never end, raw
    /// HTML left open, a two-column pipe table with or without its delimiter row, lines that continue a paragraph.
    /// </summary>
    private static readonly Func<int, string>[] SlowShapes =
    [
        n => Repeat("[a](", n),
        n => Repeat("![a](", n),
        n => Repeat("<div>\n", n),
        n => Repeat("<table>", n),
        n => "| Đơn vị | Số hộ |\n|---|---|\n" + Repeat("| Xã Đắk La | 1.234 |\n", n),
        n => "<b>x</b>\n\n| Đơn vị | Số hộ |\n|---|---|\n" + Repeat("| Xã Đắk La | 1.234 |\n", n),
        n => Repeat("a | b\n", n),
        n => Repeat("xã đắk la, 1.234 hộ\n", n),
    ];

    private static readonly int TotalWeight = Kinds.Sum(k => k.Weight);

    /// <summary>
    /// The mutations a short run could miss by chance (each is drawn for about one input in 300), the ones the reader
    /// and the build must survive first: <see cref="FuzzRun"/> adds one of them to every few inputs, in this order.
    /// </summary>
    public static readonly string[] RareKinds = ["noncharacter", "invalid-utf8", "slow-shape", "huge-line", "deep-staircase", "wide-table"];

    /// <summary>One to three mutations of the seed, then <paramref name="forced"/> if given; returns their names and the bytes of the result.</summary>
    public (string Mutations, byte[] Bytes) Mutate(byte[] seed, string? forced = null)
    {
        var bytes = seed;
        var names = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var kind = Pick();
            names.Add(kind);
            bytes = Apply(kind, bytes);
        }

        if (forced is not null)
        {
            names.Add(forced);
            bytes = Apply(forced, bytes);
        }

        return (string.Join('+', names), bytes);
    }

    private string Pick()
    {
        var roll = random.Next(TotalWeight);
        foreach (var (name, weight) in Kinds)
        {
            roll -= weight;
            if (roll < 0)
            {
                return name;
            }
        }

        throw new InvalidOperationException("weights do not add up");
    }

    private byte[] Apply(string kind, byte[] bytes) => kind switch
    {
        "flip" => Flip(bytes),
        "truncate" => bytes[..random.Next(bytes.Length + 1)],
        "shuffle" => OnLines(bytes, Shuffle),
        "delete" => OnLines(bytes, Delete),
        "duplicate" => OnLines(bytes, Duplicate),
        "splice" => OnLines(bytes, Splice),
        "snippet" => OnLines(bytes, InsertSnippets),
        "deep-line" => OnLines(bytes, lines => Insert(lines, DeepLine())),
        "deep-staircase" => OnLines(bytes, lines => Insert(lines, DeepStaircase())),
        "wide-table" => OnLines(bytes, lines => Insert(lines, WideTable())),
        "huge-line" => OnLines(bytes, lines => Insert(lines, [HugeLine(lines)])),
        "noncharacter" => OnLines(bytes, InsertNoncharacter),
        "invalid-utf8" => InsertInvalidUtf8(bytes),
        "slow-shape" => OnLines(bytes, lines => Insert(lines, [SlowShapes[random.Next(SlowShapes.Length)](random.Next(50, 200) * 1024)])),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private byte[] Flip(byte[] bytes)
    {
        var copy = bytes.ToArray();
        for (var n = random.Next(1, 33); n > 0 && copy.Length > 0; n--)
        {
            var i = random.Next(copy.Length);
            copy[i] = random.Next(2) == 0 ? (byte)(copy[i] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        }

        return copy;
    }

    private static byte[] OnLines(byte[] bytes, Func<List<string>, List<string>> change) =>
        Utf8.GetBytes(string.Join('\n', change([.. Utf8.GetString(bytes).Split('\n')])));

    private List<string> Shuffle(List<string> lines)
    {
        var start = random.Next(lines.Count);
        var window = lines.GetRange(start, random.Next(1, lines.Count - start + 1));
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(window));
        lines.RemoveRange(start, window.Count);
        lines.InsertRange(start, window);
        return lines;
    }

    private List<string> Delete(List<string> lines)
    {
        for (var n = random.Next(1, 21); n > 0 && lines.Count > 0; n--)
        {
            var start = random.Next(lines.Count);
            lines.RemoveRange(start, Math.Min(lines.Count - start, random.Next(1, 6)));
        }

        return lines;
    }

    private List<string> Duplicate(List<string> lines)
    {
        for (var n = random.Next(1, 11); n > 0 && lines.Count > 0; n--)
        {
            var start = random.Next(lines.Count);
            var block = lines.GetRange(start, Math.Min(lines.Count - start, random.Next(1, 51)));
            for (var times = random.Next(1, 4); times > 0; times--)
            {
                lines.InsertRange(random.Next(lines.Count + 1), block);
            }
        }

        return lines;
    }

    private List<string> Splice(List<string> lines)
    {
        var other = Utf8.GetString(seeds[random.Next(seeds.Count)]).Split('\n');
        var start = random.Next(other.Length);
        return Insert(lines, other[start..Math.Min(other.Length, start + random.Next(1, 80))]);
    }

    private List<string> InsertSnippets(List<string> lines)
    {
        for (var n = random.Next(1, 11); n > 0 && lines.Count > 0; n--)
        {
            var i = random.Next(lines.Count);
            var snippet = string.Concat(Enumerable.Repeat(Snippets[random.Next(Snippets.Length)], random.Next(1, 4)));
            lines[i] = lines[i].Insert(random.Next(lines[i].Length + 1), snippet);
        }

        return lines;
    }

    private List<string> InsertNoncharacter(List<string> lines)
    {
        if (lines.Count > 0)
        {
            var i = random.Next(lines.Count);
            lines[i] = lines[i].Insert(random.Next(lines[i].Length + 1), Noncharacters[random.Next(Noncharacters.Length)]);
        }

        return lines;
    }

    private byte[] InsertInvalidUtf8(byte[] bytes)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. InvalidUtf8[random.Next(InvalidUtf8.Length)], .. bytes.AsSpan(at)];
    }

    private static string Repeat(string unit, int bytes)
    {
        var builder = new StringBuilder(bytes + unit.Length);
        for (var size = 0; size < bytes; size += Utf8.GetByteCount(unit))
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>1,000 levels on one line: "- - - … x", "&gt; &gt; &gt; … x", or the two mixed.</summary>
    private string[] DeepLine()
    {
        var marker = new[] { "- ", "> ", "> - ", "+ ", "1. ", "* " }[random.Next(6)];
        return [string.Concat(Enumerable.Repeat(marker, DeepLevels)) + "Nội dung"];
    }

    /// <summary>1,000 lines, each one level deeper than the last, by indentation or by quote marks.</summary>
    private string[] DeepStaircase()
    {
        var quotes = random.Next(2) == 0;
        return Enumerable.Range(0, DeepLevels)
            .Select(i => quotes ? new string('>', i + 1) + " Nội dung" : new string(' ', 2 * i) + "- Nội dung")
            .ToArray();
    }

    /// <summary>A 10,000-column table, as a Markdown pipe table or as the tab-separated rows a copy from Word gives.</summary>
    private string[] WideTable()
    {
        var pipes = random.Next(2) == 0;
        string Row(string cell) => pipes
            ? "| " + string.Join(" | ", Enumerable.Repeat(cell, WideColumns)) + " |"
            : string.Join('\t', Enumerable.Repeat(cell, WideColumns));
        return pipes
            ? [Row("Đơn vị"), Row("---"), Row("Xã Đắk La"), Row("1.234,5")]
            : [Row("TT"), Row("Xã Đắk La"), Row("1.234,5")];
    }

    /// <summary>A 1 MB line made of the document's own text, or of one character.</summary>
    private string HugeLine(List<string> lines)
    {
        var text = lines.Count > 0 && random.Next(3) > 0 ? lines[random.Next(lines.Count)] + " " : "a";
        var builder = new StringBuilder(HugeLineBytes + text.Length);
        while (builder.Length < HugeLineBytes)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }

    private List<string> Insert(List<string> lines, IEnumerable<string> inserted)
    {
        lines.InsertRange(random.Next(lines.Count + 1), inserted);
        return lines;
    }
}
