using System.Text.Unicode;
using RaQuan.Output;

namespace RaQuan.Tests.Vietnamese;

/// <summary>
/// The block-wise UTF-8 encoder must give the framework's bytes for every text: each kind of character (one, two and
/// three bytes, paired and lone surrogates) at each place around the edges of its 16- and 4-character blocks, and
/// random Vietnamese text; and it must not write past the three bytes a character it was given.
/// </summary>
public sealed class Utf8EncoderTests
{
    // One of each length, at each edge of the ranges, and the characters Vietnamese is mostly written in.
    private static readonly string[] Kinds =
    [
        "a", "\u007F", "\u0080", "à", "đ", "ư", "\u07FF", "\u0800", "ạ", "ệ", "\u20AC", "\uD7FF", "\uE000", "\uFFFD",
        "\uFFFF", "😀", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "<", "\u00A0",
    ];

    [Fact]
    public void Gives_the_framework_bytes_for_each_kind_of_character_at_every_place()
    {
        var failures = new List<string>();
        foreach (var length in new[] { 1, 3, 4, 8, 15, 16, 17, 20, 31, 32, 33, 40, 64, 70 })
        {
            foreach (var kind in Kinds)
            {
                foreach (var filler in new[] { "a", "ế", "ơ" })
                {
                    for (var place = 0; place < length; place++)
                    {
                        var chars = Enumerable.Repeat(filler, length).ToArray();
                        chars[place] = kind;
                        Compare(string.Concat(chars), failures);
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Gives_the_framework_bytes_for_random_vietnamese_text()
    {
        const string letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯ  \n,.";
        var random = new Random(20261130);
        var failures = new List<string>();
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 200);
            for (var k = 0; k < length; k++)
            {
                text.Append(random.Next(50) == 0 ? Kinds[random.Next(Kinds.Length)] : letters[random.Next(letters.Length)].ToString());
            }

            Compare(text.ToString(), failures);
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Refuses_a_destination_shorter_than_three_bytes_a_character() =>
        Assert.Throws<ArgumentException>(() => Utf8Encoder.Encode("abc", new byte[8]));

    private static void Compare(string text, List<string> failures)
    {
        var expected = new byte[text.Length * 3];
        Utf8.FromUtf16(text, expected, out _, out var expectedLength, replaceInvalidSequences: true);

        // The destination is exactly three bytes a character, in a larger array whose rest must stay untouched.
        var buffer = new byte[(text.Length * 3) + 64];
        Array.Fill(buffer, (byte)0xAA);
        var written = Utf8Encoder.Encode(text, buffer.AsSpan(0, text.Length * 3));
        if (!buffer.AsSpan(0, written).SequenceEqual(expected.AsSpan(0, expectedLength)))
        {
            failures.Add($"{Describe(text)}: {Convert.ToHexString(buffer, 0, written)} instead of {Convert.ToHexString(expected, 0, expectedLength)}");
        }
        else if (buffer.AsSpan(text.Length * 3).ContainsAnyExcept((byte)0xAA))
        {
            failures.Add($"{Describe(text)}: wrote past the destination");
        }
    }

    private static string Describe(string text) => string.Join(" ", text.Select(c => ((int)c).ToString("X4")));
}
