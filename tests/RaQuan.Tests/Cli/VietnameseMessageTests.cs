using RaQuan.Tests.Ceremonies;
using RaQuan.Tests.EndToEnd;
using Xunit.Sdk;

namespace RaQuan.Tests.Cli;

/// <summary>
/// Broken sites built in Vietnamese, the default language: every error and its fix reads in Vietnamese, with no
/// English word left from a loader, a parser or a factory's pieces, and still names the file, line and column.
/// </summary>
public sealed partial class VietnameseMessageTests
{
    [Theory]
    [InlineData("""
        -- content/plans/tab.md --
        ---
        title: "Kế hoạch có Tab"
        unit: kon-ray
        date: 2024-02-01
        tags:
        	- ra quân
        ---
        x
        """, "plans/tab.md:6:1: lỗi: ")]
    [InlineData("""
        -- content/plans/the.md --
        ---
        title: "Kế hoạch sai kiểu"
        unit: kon-ray
        date: 2024-02-01
        tags: { a: b }
        ---
        x
        """, "plans/the.md:5:7: lỗi: ")]
    [InlineData("""
        -- content/plans/tieu-de.md --
        ---
        title: ["Kế hoạch", "hai dòng"]
        unit: kon-ray
        date: 2024-02-01
        ---
        x
        """, "plans/tieu-de.md:2:8: lỗi: ")]
    [InlineData("""
        -- content/plans/ngay.md --
        ---
        title: "Ngày sai"
        unit: kon-ray
        date: "ngày 31 tháng 02 năm 2024"
        ---
        x
        """, "plans/ngay.md:4:7: lỗi: ")]
    [InlineData("""
        -- content/plans/thang.md --
        ---
        title: "Tháng sai"
        unit: kon-ray
        date: 12/13/2024
        ---
        x
        """, "plans/thang.md:4:7: lỗi: ")]
    [InlineData("""
        -- content/plans/chu.md --
        ---
        title: "Không phải ngày"
        unit: kon-ray
        date: sắp tới
        ---
        x
        """, "plans/chu.md:4:7: lỗi: ")]
    [InlineData("""
        -- content/plans/dinh-kem.md --
        ---
        title: "Đính kèm sai"
        unit: kon-ray
        date: 2024-02-01
        attachments: tep.pdf
        ---
        x
        """, "plans/dinh-kem.md:5:")]
    [InlineData("""
        -- content/plans/nguoi-ky.md --
        ---
        title: "Người ký sai"
        unit: kon-ray
        date: 2024-02-01
        signer: [a, b]
        ---
        x
        """, "plans/nguoi-ky.md:5:")]
    [InlineData("""
        -- content/plans/khong-co.md --
        ---
        - title
        ---
        x
        """, "plans/khong-co.md:")]
    [InlineData("""
        -- content/results/ket-qua.yml --
        title: "Kết quả"
        period: "Quý I/2024"
        columns:
          - { name: "Chiều dài", unit: m, aggregate: total }
        -- content/results/ket-qua.csv --
        Đơn vị,Chiều dài
        Xã Đắk La,"1.234,5"
        """, "results/ket-qua.yml:4:")]
    [InlineData("""
        -- content/results/ket-qua.yml --
        title: "Kết quả"
        period: "Quý I/2024"
        columns:
          - { name: "Chiều dài", unit: m, aggregate: sum }
        -- content/results/ket-qua.csv --
        Đơn vị,Chiều dài
        Xã Đắk La,"1.234,"
        Huyện Kon Rẫy,"1,234.5"
        """, "results/ket-qua.csv:2:")]
    [InlineData("""
        -- content/results/ket-qua.yml --
        title: "Kết quả"
        period: "Quý I/2024"
        columns:
          - { name: "Chiều dài", unit: m, aggregate: sum }
        rows: 5
        """, "results/ket-qua.yml:5:")]
    [InlineData("""
        -- content/news/bai.md --
        ---
        title: "Tin ra quân"
        unit: dak-la
        ---
        Đoạn mở đầu.
        """, "news/bai.md:")]
    [InlineData("""
        -- content/news/bai.md --
        ---
        title: "Tin ra quân"
        date: hôm qua
        unit: dak-la
        ---
        Đoạn mở đầu.
        """, "news/bai.md:3:7: lỗi: ")]
    [InlineData("""
        -- content/site.yml --
        title: "Ra quân"
        base_url: "ftp://example.gov.vn/"
        publisher:
          name: "UBND"
        """, "site.yml:2:11: lỗi: ")]
    [InlineData("""
        -- content/site.yml --
        title: "Ra quân"
        base_url: "https://example.gov.vn/"
        timezone: "Asia/Ha_Noi"
        publisher:
          name: "UBND"
        """, "site.yml:3:11: lỗi: ")]
    [InlineData("""
        -- content/site.yml --
        title: "Ra quân"
        base_url: "https://example.gov.vn/"
        """, "site.yml:1:1: lỗi: ")]
    [InlineData("""
        -- content/site.yml --
        title: "Ra quân"
        base_url: "https://example.gov.vn/"
        publisher:
          name: "UBND"
        feed:
          items: nhiều
        """, "site.yml:6:")]
    [InlineData("""
        -- content/site.yml --
        (deleted)
        """, "site.yml: lỗi: ")]
    [InlineData("""
        -- content/units.yml --
        (deleted)
        """, "units.yml: lỗi: ")]
    [InlineData("""
        -- content/units.yml --
        danh_sach: []
        """, "units.yml:1:1: lỗi: ")]
    [InlineData("""
        -- content/units.yml --
        units:
          - name: Đắk La
            kind: xã
        """, "units.yml:3:11: lỗi: ")]
    [InlineData("""
        -- content/plans/thu.md --
        ---
        title: "Thứ sai"
        unit: kon-ray
        date: "thứ Hai, ngày 20/02/2024"
        ---
        x
        """, "plans/thu.md:4:7: lỗi: ")]
    [InlineData("""
        -- content/plans/nam.md --
        ---
        title: "Năm sai"
        unit: kon-ray
        date: 20/02/24
        ---
        x
        """, "plans/nam.md:4:7: lỗi: ")]
    [InlineData("""
        -- content/plans/ngay-0.md --
        ---
        title: "Ngày 0"
        unit: kon-ray
        date: 00/02/2024
        ---
        x
        """, "plans/ngay-0.md:4:7: lỗi: ")]
    [InlineData("""
        -- content/results/ket-qua.yml --
        title: "Kết quả"
        period: "Quý I/2024"
        columns:
          - { name: "Chiều dài", unit: m, aggregate: sum }
        -- content/results/ket-qua.csv --
        Đơn vị,Chiều dài
        Xã Đắk La,"12.34"
        Huyện Kon Rẫy,"m"
        """, "results/ket-qua.csv:2:")]
    [InlineData("""
        -- content/plans/trung-a.md --
        ---
        title: "Trùng một"
        slug: trung
        unit: kon-ray
        date: 2024-02-01
        ---
        x
        -- content/plans/trung-b.md --
        ---
        title: "Trùng hai"
        slug: trung
        unit: kon-ray
        date: 2024-02-01
        ---
        x
        """, "plans/trung-")]
    [InlineData("""
        -- content/results/ket-qua.yml --
        title: "Kết quả"
        period: "Quý I/2024"
        columns:
          - { name: "Chiều dài", unit: m, aggregate: sum }
        -- content/results/ket-qua.csv --
        Đơn vị,Chiều dài
        Xã Đắk La,12"3
        """, "results/ket-qua.csv:2")]
    [MemberData(nameof(CasesOfTheEnglishTables))]
    public void A_broken_site_is_reported_in_Vietnamese_at_its_file_and_line(string files, string where)
    {
        using var site = TestSite.Create(files);
        var run = site.Build("--lang", "vi");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Error}\n{run.Output}");
        Assert.True(run.Error.Contains(where, StringComparison.Ordinal), $"no \"{where}\" in:\n{run.Error}");
        AssertNoEnglish(run.Error + run.Output);
    }

    /// <summary>
    /// The broken sites of <see cref="BadInputTests"/> and <see cref="CeremonyBadInputTests"/>, each with the place
    /// of its error ("plans/a.md:4:7: lỗi: ", or the file alone where the English case names only the file).
    /// </summary>
    public static TheoryData<string, string> CasesOfTheEnglishTables()
    {
        var cases = new TheoryData<string, string>();
        foreach (var row in BadInputTests.BadContent.Concat(CeremonyBadInputTests.BadCeremonies))
        {
            var where = (string)row[1];
            var at = where.IndexOf(": error: ", StringComparison.Ordinal);
            cases.Add((string)row[0], at < 0 ? where : where[..at] + ": lỗi: ");
        }

        return cases;
    }

    [Fact]
    public void A_ceremony_time_that_is_not_a_time_is_said_to_be_no_date_and_time_in_Vietnamese_as_in_English()
    {
        using var site = TestSite.Create("""
            -- content/ceremonies/a.yml --
            unit: kon-ray
            start: 20/02/2024 25:00
            """);

        var vietnamese = site.Build("--lang", "vi");
        var english = site.Build("--lang", "en");

        Assert.Contains("ceremonies/a.yml:2:8: lỗi: start: \"20/02/2024 25:00\" không phải là ngày giờ (viết như ", vietnamese.Error, StringComparison.Ordinal);
        Assert.Contains("ceremonies/a.yml:2:8: error: start: \"20/02/2024 25:00\" is not a date and time (expected ", english.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Fails on any line holding a common English word outside what users wrote: quoted values, field names before a
    /// colon, file names and paths are taken out first, so "date:" or "units.yml" is not counted; words that are also
    /// field names (date, unit, plan…) are not in the list, since a fix may list the fields a file takes.
    /// </summary>
    internal static void AssertNoEnglish(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var prose = FieldName().Replace(Path().Replace(Quoted().Replace(line, " "), " "), " ");
            var english = EnglishWord().Matches(prose).Select(m => m.Value).ToList();
            if (english.Count > 0)
            {
                throw new XunitException($"English word(s) {string.Join(", ", english)} in:\n{line}\n\nAll of it:\n{text}");
            }
        }
    }

    [GeneratedRegex("\"[^\"]*\"|“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\S*[/\\.]\S*|--[a-z-]+")]
    private static partial Regex Path();

    [GeneratedRegex(@"\b[a-z_]+:")]
    private static partial Regex FieldName();

    [GeneratedRegex(
        @"\b(the|of|is|are|was|not|does|must|should|expected|invalid|found|missing|write|use|add|check|unknown|error|errors|fix|warning|without|with|which|has|have|for|from|and|or|be|cannot|needs|only|there|this|that|it|its|as|at|by|into|than|then|when|while|after|before|folder|wrong|such|example|starting|each|way|built|serving|listening|rebuilt|already|used|known|whole|single|digits)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
