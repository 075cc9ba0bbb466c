using RaQuan.Building;
using RaQuan.Loading;
using RaQuan.Tests.Rendering;
using YamlDotNet.RepresentationModel;

namespace RaQuan.Tests.Loading;

/// <summary>
/// A plan whose front matter gives its title is loaded without decoding its body: the body's nesting, encoding and
/// legacy text are checked in its bytes, or the whole file is decoded when they cannot be. Either way the errors, the
/// fields and the body must be those of decoding the whole file, for files broken in every way a body can be.
/// </summary>
public sealed class BodyInBytesTests : IDisposable
{
    private static readonly byte[][] Damage =
    [
        "\r\n"u8.ToArray(), "\r"u8.ToArray(), [0xFF], [0xC3], [0xE1, 0xBB], "\uFEFF"u8.ToArray(), "\u0301"u8.ToArray(),
        "\n---\n"u8.ToArray(), "\n...\n"u8.ToArray(), "ngµy ®Çu "u8.ToArray(), "ngaøy ñaàu "u8.ToArray(), "µm "u8.ToArray(),
        "«Ra quân» "u8.ToArray(), "naïve "u8.ToArray(), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("> - ", 40)) + "a\n"),
        "\n```\n"u8.ToArray(), "\t- "u8.ToArray(), "\u2028"u8.ToArray(), "Đắk Hà "u8.ToArray(),

        // VNI's "nước" and "được" with their marks apart: composed, they hold "ö", "ñ" and "ï", letters only legacy
        // text uses.
        "no\u0308o\u0302u\u0300c n\u0303o\u0308o\u0302i\u0308c "u8.ToArray(),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("raquan-bytes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loading_from_the_bytes_gives_what_decoding_the_whole_file_gives()
    {
        var markdown = new RandomMarkdown(5);
        var random = new Random(5);
        var (leftOut, decodedFromBytes) = (0, 0);
        for (var i = 0; i < 1_500; i++)
        {
            var title = i % 5 == 0 ? "" : $"title: \"Kế hoạch số {i}\"\n";
            var bytes = Encoding.UTF8.GetBytes($"---\n{title}unit: kon-ray\ndate: 2024-01-02\n---\n{markdown.Next()}").ToList();
            for (var n = i % 3 == 0 ? 0 : random.Next(1, 4); n > 0; n--)
            {
                bytes.InsertRange(random.Next(bytes.Count + 1), Damage[random.Next(Damage.Length)]);
            }

            var path = Path.Combine(_folder, "plans", "k.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, [.. bytes]);
            var paths = new ContentPaths(_folder);

            var (whole, wholeErrors) = Read(paths, path, needsBody: null);
            var (fromBytes, errors) = Read(paths, path, needsBody: f => f.Node("title") is not YamlScalarNode);
            Assert.Equal(wholeErrors, errors);
            Assert.Equal(whole is null, fromBytes is null);
            if (whole is null || fromBytes is null)
            {
                continue;
            }

            Assert.Equal(whole.NestedTooDeep, fromBytes.NestedTooDeep);
            Assert.Equal(whole.BodyLine, fromBytes.BodyLine);
            Assert.Equal(whole.Fields.String("title"), fromBytes.Fields.String("title"));
            if (fromBytes.Fields.Node("title") is not YamlScalarNode)
            {
                Assert.Equal(whole.Body, fromBytes.Body);
                decodedFromBytes += whole.Text.Text.Length > fromBytes.Text.Text.Length ? 1 : 0;
            }
            else if (whole.Text.Text.Length > fromBytes.Text.Text.Length)
            {
                leftOut++;
                Assert.Throws<InvalidOperationException>(() => fromBytes.Body);
                Assert.Equal(whole.Body, MarkdownFile.ReadBody(path, titleFromHeading: false));
            }
        }

        // Both ways were taken often: the body left out, and decoded from its bytes after the fields asked for it.
        Assert.True(leftOut > 100 && decodedFromBytes > 20, $"{leftOut} bodies left out, {decodedFromBytes} decoded from their bytes");
    }

    private static (MarkdownFile? File, List<string> Errors) Read(ContentPaths paths, string path, Func<YamlFields, bool>? needsBody)
    {
        var diagnostics = new Diagnostics(BuildStage.Load);
        var file = MarkdownFile.Read(path, paths, ["title", "unit"], diagnostics, needsBody);
        return (file, [.. diagnostics.Items.Select(d => d.ToString())]);
    }
}
