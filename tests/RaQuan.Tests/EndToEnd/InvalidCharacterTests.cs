namespace RaQuan.Tests.EndToEnd;

/// <summary>
/// Noncharacters (U+FFFE, U+FFFF, U+FDD0…) and halves of surrogate pairs cannot be normalised or written into XML: in
/// any file a build or the document commands read, each is a content error at its line and column, never a crash.
/// </summary>
public sealed class InvalidCharacterTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static TheoryData<string, int> Files() => new()
    {
        { "plans/kon-tum-le-ra-quan-dau-nam-2024.md", 2 },
        { "plans/kon-tum-le-ra-quan-dau-nam-2024.md", 30 },
        { "pages/gioi-thieu.md", 7 },
        { "site.yml", 2 },
        { "units.yml", 3 },
        { "ceremonies/dak-r-lap-ra-quan-dau-xuan-2024.yml", 3 },
        { "ceremonies/kon-tum-diem-ra-quan-2024.csv", 2 },
        { "results/diem-ra-quan-2024.yml", 3 },
        { "results/diem-ra-quan-2024.csv", 3 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_noncharacter_in_any_content_file_is_an_error_at_its_line_and_column(string file, int line)
    {
        using var site = SampleSite.Copy();
        var path = Path.Combine(site.Content, file);
        Insert(path, line, column: 3, "\uFFFE");

        var run = site.BuildFails($"{path}:{line}:3", "the text holds U+FFFE, an invisible character that is not text", fix: "delete the invisible character at this place");
        Assert.DoesNotContain("Exception", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("\uFFFF", "U+FFFF")]
    [InlineData("\uFDD0", "U+FDD0")]
    [InlineData("\uFDEF", "U+FDEF")]
    [InlineData("\U0001FFFE", "U+1FFFE")]
    [InlineData("\U0010FFFF", "U+10FFFF")]
    public void Every_noncharacter_is_refused_with_its_code_point(string character, string name)
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "plans", "kon-ray.md");
        Insert(path, 6, column: 1, character);

        site.BuildFails($"{path}:6:1", $"the text holds {name}, an invisible character");
    }

    [Fact]
    public void An_emoji_and_other_characters_beyond_the_first_plane_still_build()
    {
        using var site = TestSite.Create("-- content/plans/kon-ray.md --\n---\ntitle: \"Phát động thi đua huyện Kon Rẫy 🎉\"\ndate: 2024-01-02\nunit: kon-ray\n---\nRa quân 🌱 𠀀.\n");

        site.BuildOk();

        site.AssertFileContains("ke-hoach/phat-dong-thi-dua-huyen-kon-ray/index.html", "Ra quân 🌱 𠀀.");
    }

    [Theory]
    [InlineData("\\uFFFE", "U+FFFE")]
    [InlineData("\\U0001FFFF", "U+1FFFF")]
    public void A_noncharacter_written_as_a_yaml_escape_is_an_error_at_its_value(string escape, string name)
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "site.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"Ra quân 2024\"", $"title: \"Ra quân {escape} 2024\"", StringComparison.Ordinal));

        var run = site.BuildFails($"{path}:1:8", $"the text holds {name}");
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("import")]
    public void Inspect_and_import_refuse_a_document_with_a_noncharacter(string command)
    {
        using var site = TestSite.Create();
        var document = Path.Combine(site.Root, "van-ban.txt");
        File.WriteAllText(document, "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\nSố: 45/KH-UBND\nKon Rẫy, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nRa quân\uFFFE đầu năm\n", Utf8);

        var run = TestSite.Run([command, document, .. command == "import" ? new[] { "--to", Path.Combine(site.Root, "moi") } : []]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{document}:7:8: error: the text holds U+FFFE", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "moi")) && Directory.EnumerateFiles(Path.Combine(site.Root, "moi")).Any());
    }

    private static void Insert(string path, int line, int column, string text)
    {
        var lines = File.ReadAllText(path).Split('\n');
        lines[line - 1] = lines[line - 1].Insert(column - 1, text);
        File.WriteAllText(path, string.Join('\n', lines), Utf8);
    }
}
