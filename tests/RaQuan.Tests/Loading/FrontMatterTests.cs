using RaQuan.Loading;

namespace RaQuan.Tests.Loading;

/// <summary>
/// A plan's body found in its bytes, without decoding the file, is exactly the body the decoded text gives; and
/// what only the decoded text can tell (byte order marks, carriage returns, closing lines that end in other
/// spaces) is left to it.
/// </summary>
public sealed class FrontMatterTests
{
    [Fact]
    public void The_body_found_in_the_bytes_is_the_body_of_the_decoded_text()
    {
        string[] pieces =
        [
            "---", "...", "--", "----", "title: Lễ ra quân", "unit: dak-ha", " ", "\t", "\v", "\f", "\u00A0", "\u2003", "\u0085",
            "\u001C", "\r", "\r\n", "\n", "# Tiêu đề", "Đắk Hà", "a\u0301", "\u0301", "\uFEFF", "x",
        ];
        string[] openings = ["---\n", "---\n", "---\n", "\uFEFF---\n", "---\r\n", ""];
        string[] closings = ["---", "...", "--- ", "...\t\f", "---\u00A0", "---\u2003", "---\u001C", "---x", "---\r", "", "----"];
        var random = new Random(20261130);
        var found = 0;
        for (var run = 0; run < 20_000; run++)
        {
            // An opening, lines of front matter, a closing line or none, a body.
            var text = new StringBuilder(openings[random.Next(openings.Length)]);
            for (var line = random.Next(0, 4); line > 0; line--)
            {
                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }

                text.Append('\n');
            }

            text.Append(closings[random.Next(closings.Length)]);
            if (random.Next(6) > 0)
            {
                text.Append('\n');
            }

            for (var i = random.Next(0, 8); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var start = FrontMatter.BodyStart(bytes);
            if (start < 0)
            {
                continue;
            }

            found++;
            var expected = FrontMatter.Split(TextFiles.Decode(bytes))?.Body;
            Assert.True(expected == TextFiles.DecodeUtf8Text(bytes.AsSpan(start)), $"run {run}: {Escape(text.ToString())}");
        }

        // Else the bytes never gave a body and the comparison never ran.
        Assert.True(found > 2_000, $"{found} bodies found in the bytes");
    }

    [Theory]
    [InlineData("---\ntitle: x\n---\nthân", 17)]
    [InlineData("---\ntitle: x\n...  \nthân", 19)]
    [InlineData("---\ntitle: x\n---", 16)]
    [InlineData("---\n---\n\uFEFFthân", 8)]
    [InlineData("\uFEFF---\ntitle: x\n---\nthân", -1)]
    [InlineData("---\r\ntitle: x\r\n---\r\nthân", -1)]
    [InlineData("---\ntitle: x\n---\u00A0\nthân", -1)]
    [InlineData("---\ntitle: x\n---x\nthân", -1)]
    [InlineData("thân", -1)]
    public void Where_the_body_starts(string text, int expected) => Assert.Equal(expected, FrontMatter.BodyStart(Encoding.UTF8.GetBytes(text)));

    private static string Escape(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
