using System.Xml.Linq;

namespace RaQuan.Tests.Cli;

/// <summary>
/// <c>inspect</c> and <c>import</c> speak the command's language: the report's labels and the reader's warnings are
/// messages of the resource files, so a Vietnamese run prints none of the English words of those messages.
/// </summary>
public sealed partial class DocumentLanguageTests
{
    // A draft posted on a portal, in our own words: blank number and day, the page's table of details, a weekday
    // that does not match its date, no signature and no recipients; each gives a warning.
    private const string Draft = """
        Trang tin xã Đắk La
        Số hiệu: 12/KH-UBND
        Ngày ban hành: 05/03/2024
        ỦY BAN NHÂN DÂN
        XÃ ĐẮK LA
        Số:    /KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Đắk La, ngày   tháng 3 năm 2024
        KẾ HOẠCH
        Tổ chức ngày chạy vì sức khỏe toàn dân

        I. NỘI DUNG
        Lễ khai mạc lúc 7 giờ 00 thứ Hai, ngày 05/3/2024 tại sân vận động xã.
        """;

    /// <summary>The words of the English document messages that no Vietnamese message uses (front-matter keys such as "number:" are in both).</summary>
    private static HashSet<string> EnglishWords()
    {
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, "src", "RaQuan", "Localization");
        static IEnumerable<string> Values(string file) =>
            XDocument.Load(file).Root!.Elements("data")
                .Where(d => d.Attribute("name")!.Value.StartsWith("Document", StringComparison.Ordinal))
                .Select(d => d.Element("value")!.Value);
        var vietnamese = Values(Path.Combine(folder, "Messages.resx")).SelectMany(v => Word().Matches(v).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        return Values(Path.Combine(folder, "Messages.en.resx")).SelectMany(v => Word().Matches(v).Select(m => m.Value))
            .Where(w => w.Length >= 3 && !vietnamese.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Inspect_in_Vietnamese_prints_no_English_word_and_in_English_does()
    {
        using var site = TestSite.Create($"-- du-thao.txt --\n{Draft}");
        var path = Path.Combine(site.Root, "du-thao.txt");
        var english = EnglishWords();

        var vi = TestSite.Run(["inspect", path, "--lang", "vi"]);
        var en = TestSite.Run(["inspect", path, "--lang", "en"]);

        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Cảnh báo: 7", vi.Output);
        Assert.Contains("dòng 14: \"thứ Hai\" không khớp với ngày 05/03/2024, ngày đó là thứ Ba", vi.Output);
        Assert.Empty(Word().Matches(vi.Output).Select(m => m.Value).Where(english.Contains).Distinct());
        Assert.Contains("Warnings: 7", en.Output);
        Assert.Contains(Word().Matches(en.Output).Select(m => m.Value), english.Contains);
    }

    [Fact]
    public void Import_in_Vietnamese_warns_in_Vietnamese_at_the_lines_of_the_document()
    {
        using var site = TestSite.Create($"-- du-thao.txt --\n{Draft}");
        var english = EnglishWords();

        var run = TestSite.Run(["import", Path.Combine(site.Root, "du-thao.txt"), "--to", Path.Combine(site.Content, "plans"), "--lang", "vi"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("du-thao.txt: cảnh báo: dòng 6: số văn bản để trống", run.Error);
        Assert.Empty(Word().Matches(run.Error).Select(m => m.Value).Where(english.Contains).Distinct());
    }

    [Fact]
    public void A_pasted_plan_built_in_Vietnamese_reports_the_readers_warning_at_its_line_without_the_line_prefix()
    {
        using var site = TestSite.Create($"-- content/plans/du-thao.md --\n{Draft}");

        var run = TestSite.Run(["build", site.Content, "-o", site.Output, "--now", TestSite.DefaultNow, "--lang", "vi"]);

        Assert.Contains("plans/du-thao.md:6: cảnh báo: số văn bản để trống", run.Error);
        Assert.DoesNotContain("dòng 6:", run.Error);
    }

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();
}
