namespace RaQuan.Tests.EndToEnd;

/// <summary><c>raquan convert</c> and the legacy-text check never damage text that is already Unicode.</summary>
public sealed class ConvertSafetyTests
{
    private const string Unicode = "Ngày 20 tháng 02 năm 2024, toàn huyện ra quân.\nPhát động phong trào thi đua.\n";

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void Convert_refuses_a_file_that_is_already_unicode_and_leaves_it_as_it_was(string from)
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "da-unicode.md");
        File.WriteAllText(path, Unicode, new UTF8Encoding(false));

        var run = TestSite.Run(["convert", "--from", from, path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("da-unicode.md: error: the file is already Unicode (UTF-8) text", run.Error);
        Assert.Contains("--force", run.Error);
        Assert.Equal(Unicode, File.ReadAllText(path));
    }

    [Fact]
    public void Convert_refuses_plain_latin_vietnamese_that_tcvn3_would_misread()
    {
        // Every letter here is in Latin-1, where TCVN3 has other letters: "tháng" would become "thỏng".
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "thang.txt");
        File.WriteAllText(path, "Tháng giêng là tháng ăn chơi.\n", new UTF8Encoding(false));

        var run = TestSite.Run(["convert", "--from", "tcvn3", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Tháng giêng là tháng ăn chơi.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Forced_convert_writes_nothing_it_cannot_turn_back_into_the_same_text()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "tron.txt");
        var mixed = LegacyEncodings.Encode("Kế hoạch", LegacyEncoding.Tcvn3) + "\nphát động thi đua\n";
        File.WriteAllText(path, mixed, new UTF8Encoding(false));

        var run = TestSite.Run(["convert", "--from", "tcvn3", "--force", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tron.txt:2: error: the line does not convert to Unicode and back to the same text", run.Error);
        Assert.Equal(mixed, File.ReadAllText(path));
    }

    [Fact]
    public void A_stray_byte_in_a_utf8_plan_is_reported_at_its_line_and_column_not_as_tcvn3()
    {
        using var site = TestSite.Create();
        var text = "---\ntitle: \"Phát động thi đua\"\nunit: kon-ray\ndate: 2024-02-01\n---\nNgày 20 tháng 02 năm 2024, toàn huyện ra quân.\nTạo khí thế mới ";
        File.WriteAllBytes(Path.Combine(site.Content, "plans", "le.md"), [.. Encoding.UTF8.GetBytes(text), 0xFF, .. "trong nhân dân.\n"u8]);

        var run = site.BuildFails("plans/le.md:7:17", "the file is not UTF-8 text: the byte 0xFF here is not a character");
        Assert.DoesNotContain("TCVN3", run.Error);
    }

    // Read as Windows-1252, UTF-8 "oă" is "oÄƒ", and "khoÄ" is how VNI spells "khộ": one such word is enough for the
    // legacy-text check, which would have the whole file converted from VNI. The file is mostly whole UTF-8
    // characters, so its stray byte is what gets reported.
    [Fact]
    public void A_stray_byte_beside_words_that_misread_as_vni_is_reported_where_it_is_not_as_legacy_text()
    {
        using var site = TestSite.Create();
        var text = "---\ntitle: \"Phát động thi đua\"\nunit: kon-ray\ndate: 2024-02-01\n---\nNgày 20 tháng 02 năm 2024, toàn huyện ra quân.\nNhiều hộ dân còn băn khoăn về cách làm, ";
        File.WriteAllBytes(Path.Combine(site.Content, "plans", "le.md"), [.. Encoding.UTF8.GetBytes(text), 0xFF, .. "cần tuyên truyền thêm.\n"u8]);

        var run = site.BuildFails("plans/le.md:7:41", "the file is not UTF-8 text: the byte 0xFF here is not a character");
        Assert.DoesNotContain("VNI", run.Error);
    }
}
