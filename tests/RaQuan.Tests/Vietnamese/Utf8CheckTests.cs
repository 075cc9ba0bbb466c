using System.Text.Unicode;
using RaQuan.Loading;

namespace RaQuan.Tests.Vietnamese;

/// <summary>
/// The block-wise UTF-8 check must agree with .NET's on every text: every pair of bytes and the three- and
/// four-byte sequences around each edge of the ranges UTF-8 allows, placed across each boundary of a 32-byte block,
/// and Vietnamese text with random bytes put in, cut or changed. (On a processor without AVX2 the check is .NET's,
/// and these compare it with itself.)
/// </summary>
public sealed class Utf8CheckTests
{
    // Bytes on each side of every range edge in UTF-8's table of well-formed sequences.
    private static readonly byte[] Edges =
    [
        0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
        0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF,
    ];

    // Where a sequence starts in a 96-byte text: both sides of each block boundary, and at the end.
    private static readonly int[] Places = [0, 1, 29, 30, 31, 32, 33, 61, 62, 63, 64, 92, 93, 94, 95];

    [Fact]
    public void Agrees_on_every_pair_of_bytes_at_every_place()
    {
        var failures = new List<string>();
        for (var first = 0; first < 256; first++)
        {
            for (var second = 0; second < 256; second++)
            {
                Compare([(byte)first, (byte)second], failures);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Agrees_on_three_and_four_byte_sequences_around_every_edge()
    {
        var failures = new List<string>();
        foreach (var a in Edges.Where(b => b >= 0xC0))
        {
            foreach (var b in Edges)
            {
                foreach (var c in Edges)
                {
                    Compare([a, b, c], failures);
                    foreach (var d in Edges)
                    {
                        Compare([a, b, c, d], failures);
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Agrees_on_vietnamese_text_broken_at_random()
    {
        var text = Encoding.UTF8.GetBytes(
            "Ủy ban nhân dân huyện Đắk Hà ra quân đầu xuân Giáp Thìn 2024 — “Tết trồng cây” 🌳 tại xã Ngọc Wang; " +
            "chỉ tiêu 4.482,38 ha, thu nhập 62,3 triệu đồng/người/năm. ");
        var random = new Random(3);
        var (valid, invalid, failures) = (0, 0, new List<string>());
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = Enumerable.Range(0, random.Next(1, 6)).SelectMany(_ => text.Skip(Letter(text, random.Next(text.Length)))).ToList();
            for (var n = random.Next(0, 3); n > 0 && bytes.Count > 0; n--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    case 1:
                        bytes.RemoveAt(at);
                        break;
                    default:
                        bytes.Insert(at, Edges[random.Next(Edges.Length)]);
                        break;
                }
            }

            var expected = Utf8.IsValid(bytes.ToArray());
            (valid, invalid) = expected ? (valid + 1, invalid) : (valid, invalid + 1);
            if (Utf8Check.IsValid(bytes.ToArray()) != expected && failures.Count < 10)
            {
                failures.Add(Convert.ToHexString(bytes.ToArray()));
            }
        }

        Assert.Empty(failures);
        Assert.True(valid > 5_000 && invalid > 5_000, $"{valid} valid and {invalid} invalid texts");
    }

    // The first byte of the letter at or after a place.
    private static int Letter(byte[] text, int at)
    {
        while (at < text.Length && (text[at] & 0xC0) == 0x80)
        {
            at++;
        }

        return at;
    }

    // The sequence at each place in 96 bytes of ASCII or of two-byte letters, and the same cut after it.
    private static void Compare(byte[] sequence, List<string> failures)
    {
        foreach (var filler in new[] { "a"u8.ToArray(), "ă"u8.ToArray() })
        {
            foreach (var place in Places)
            {
                var at = place - (place % filler.Length);
                var bytes = new byte[Math.Max(96, at + sequence.Length)];
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = filler[i % filler.Length];
                }

                sequence.CopyTo(bytes, at);
                Check(bytes);
                Check(bytes[..Math.Max(64, at + sequence.Length)]);
            }
        }

        void Check(byte[] bytes)
        {
            if (Utf8Check.IsValid(bytes) != Utf8.IsValid(bytes) && failures.Count < 10)
            {
                failures.Add(Convert.ToHexString(bytes));
            }
        }
    }
}
