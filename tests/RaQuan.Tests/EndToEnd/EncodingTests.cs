namespace RaQuan.Tests.EndToEnd;

/// <summary>Content files as staff save them: any Unicode encoding and line end, and the old TCVN3 and VNI fonts.</summary>
public sealed class EncodingTests
{
    private const string Plan = "---\ntitle: \"Phát động thi đua Đắk Hà\"\nunit: kon-ray\ndate: 2024-02-01\n---\nNgày 20 tháng 02 năm 2024, toàn huyện ra quân.\n\n## I. MỤC ĐÍCH\n\nTạo khí thế.\n";

    // TCVN3 has no capitals with tones (a capital font draws the lower-case bytes), so none are used here.
    private const string LegacyPlan = "---\ntitle: \"Phát động thi đua Đắk Hà\"\nunit: kon-ray\ndate: 2024-01-02\n---\nNgày 20 tháng 02 năm 2024, ra quân.\n\n## I. Mục đích\n";

    public static TheoryData<string> Encodings() =>
        ["utf-8", "utf-8 with BOM", "utf-16 LE with BOM", "utf-16 BE with BOM", "CRLF", "CR", "NFD", "NFD utf-16 with CRLF"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_plan_and_units_file_in_any_unicode_encoding_and_line_end_build_alike(string form)
    {
        using var site = TestSite.Create();
        var units = File.ReadAllText(Path.Combine(site.Content, "units.yml"));
        File.WriteAllBytes(Path.Combine(site.Content, "plans", "dak-ha.md"), Save(Plan, form));
        File.WriteAllBytes(Path.Combine(site.Content, "units.yml"), Save(units, form));

        site.BuildOk();

        var page = site.Html("ke-hoach/phat-dong-thi-dua-dak-ha/index.html");
        Assert.Equal("Phát động thi đua Đắk Hà".Normalize(NormalizationForm.FormC), page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("I. MỤC ĐÍCH", page.QuerySelector(".plan-body h2")!.TextContent.Trim());
        site.AssertFileContains("ke-hoach/phat-dong-thi-dua-dak-ha/index.html", "Ngày 20 tháng 02 năm 2024, toàn huyện ra quân.", "!\r", "!\uFEFF");
        site.AssertFileContains("dia-ban/dak-ha/index.html", "Đắk Hà");
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3, true, "Ph¸t", "Phát")]
    [InlineData(LegacyEncoding.Tcvn3, false, "Ph¸t", "Phát")]
    [InlineData(LegacyEncoding.Vni, true, "ñoäng", "động")]
    [InlineData(LegacyEncoding.Vni, false, "ñoäng", "động")]
    public void A_plan_in_tcvn3_or_vni_is_reported_with_its_line_and_converted_by_raquan_convert(LegacyEncoding encoding, bool rawBytes, string word, string meant)
    {
        using var site = TestSite.Create();
        var legacy = LegacyEncodings.Encode(LegacyPlan, encoding);
        var path = Path.Combine(site.Content, "plans", "cu.md");
        File.WriteAllBytes(path, rawBytes ? LegacyEncodings.ToBytes(legacy) : new UTF8Encoding(false).GetBytes(legacy));

        site.BuildFails(
            "plans/cu.md:2",
            $"the text is in the old {LegacyEncodings.Name(encoding)} encoding, not Unicode: \"{word}\" should read \"{meant}\"",
            fix: $"fix: convert the file: raquan convert --from {LegacyEncodings.Option(encoding)} ");

        var convert = TestSite.Run(["convert", "--from", LegacyEncodings.Option(encoding), path]);

        Assert.Equal(0, convert.ExitCode);
        Assert.Equal(LegacyPlan, File.ReadAllText(path));
        site.BuildOk();
        Assert.Equal("Phát động thi đua Đắk Hà", site.Html("ke-hoach/phat-dong-thi-dua-dak-ha/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Convert_writes_into_another_folder_when_asked_and_leaves_the_original()
    {
        using var site = TestSite.Create();
        var source = Path.Combine(site.Root, "cu.txt");
        File.WriteAllBytes(source, LegacyEncodings.ToBytes("Ph¸t ®éng\r\nngµy mai"));
        var target = Path.Combine(site.Root, "moi");

        var run = TestSite.Run(["convert", "--from", "tcvn3", source, "--to", target]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Phát động\r\nngày mai", File.ReadAllText(Path.Combine(target, "cu.txt")));
        Assert.Equal(LegacyEncodings.ToBytes("Ph¸t ®éng\r\nngµy mai"), File.ReadAllBytes(source));
        Assert.Contains("TCVN3 (ABC) → UTF-8", run.Output);
    }

    [Fact]
    public void Convert_refuses_an_encoding_it_does_not_know()
    {
        var run = TestSite.Run(["convert", "--from", "vps", "a.txt"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("vps", run.Error);
        Assert.Contains("tcvn3", run.Error);
    }

    [Fact]
    public void A_units_file_that_is_not_unicode_is_an_error_not_a_crash()
    {
        using var site = TestSite.Create();
        File.WriteAllBytes(Path.Combine(site.Content, "units.yml"), [.. "units:\n  - name: Kon Tum\n    kind: "u8, 0xFF, 0xFE, 0x00, (byte)'\n']);

        site.BuildFails("units.yml:3:11", "the file is not UTF-8 text: the byte 0xFF here is not a character");
    }

    private static byte[] Save(string text, string form)
    {
        var lines = form.Contains("CRLF") ? text.Replace("\n", "\r\n") : form == "CR" ? text.Replace('\n', '\r') : text;
        var normalized = form.StartsWith("NFD", StringComparison.Ordinal) ? lines.Normalize(NormalizationForm.FormD) : lines;
        Encoding encoding = form switch
        {
            "utf-8 with BOM" => new UTF8Encoding(true),
            "utf-16 LE with BOM" or "NFD utf-16 with CRLF" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16 BE with BOM" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(false),
        };
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(normalized)];
    }
}
