using RaQuan.Building;
using RaQuan.Documents;
using RaQuan.Serving;
using RaQuan.Themes.Default;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// Files far past any real announcement — a 50 MB plan, a million-row sheet, a 2 GB file — are refused with a
/// content error naming the file, the limit and what to do, before they are read whole: never an out-of-memory
/// crash or a build that runs for minutes. The limits are Loading/ContentLimits.cs, listed in docs/reference/guarantees.md.
/// </summary>
public sealed class HugeInputTests
{
    private const long Megabyte = 1024 * 1024;
    private const int MillionRows = 1_000_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string Paragraph =
        "- Tổ chức ra quân đồng loạt lúc 08 giờ 30 phút, thứ Ba, ngày 20/02/2024 tại các xã, thị trấn; tỷ lệ hộ tham gia đạt 98,01%.\n";

    private const string Document = "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\nSố: 45/KH-UBND\nKon Rẫy, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nRa quân đầu năm\n\n";

    [Fact]
    public void A_50_MB_plan_is_refused_with_its_size_and_the_limit()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "plans", "lon.md");
        Write(path, "---\ntitle: \"Kế hoạch rất dài\"\nunit: kon-ray\n---\n", Paragraph, 50 * Megabyte);

        var run = site.BuildFails($"{path}:1", "the file is 50 MB, more than the 2 MB a plan or page may be, so it was not read", fix: "split it into several plans");
    }

    [Theory]
    [InlineData("plans/lon.md", "plan or page", "2 MB")]
    [InlineData("pages/lon.md", "plan or page", "2 MB")]
    [InlineData("ceremonies/lon.csv", "CSV file", "10 MB")]
    [InlineData("ceremonies/lon.yml", "YAML file", "10 MB")]
    [InlineData("results/lon.csv", "CSV file", "10 MB")]
    [InlineData("units.yml", "YAML file", "10 MB")]
    public void A_2_GB_file_is_refused_without_being_read(string file, string kind, string limit)
    {
        using var site = TestSite.Create("-- content/results/lon.yml --\ntitle: \"Kết quả\"\ncolumns:\n  - { name: \"Số\", aggregate: sum }\n");
        var path = Path.Combine(site.Content, file);
        Sparse(path, 2048 * Megabyte);

        site.BuildFails($"{path}:1", $"the file is 2048 MB, more than the {limit} a {kind} may be, so it was not read");
    }

    [Fact]
    public async Task A_serve_session_refuses_a_2_GB_plan_without_reading_it()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "plans", "lon.md");
        Sparse(path, 2048 * Megabyte);
        await using var theme = new DefaultTheme();
        var now = DateTimeOffset.Parse(TestSite.DefaultNow, CultureInfo.InvariantCulture);
        var session = new SiteSession(new BuildOptions(site.Content, site.Output, now), theme);

        var build = await session.BuildAsync();

        Assert.False(build.Succeeded);
        Assert.Contains(build.Errors, e => e.Message.Contains("the file is 2048 MB, more than the 2 MB a plan or page may be", StringComparison.Ordinal));
    }

    [Fact]
    public void A_million_row_ceremony_sheet_is_refused_by_its_size()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "ceremonies", "lich.csv");
        WriteRows(path, "Đơn vị,Thời gian,Địa điểm\n", MillionRows, i => $"dak-la,20/02/2024 08:30,Thôn {i} xã Đắk La\n");

        var run = site.BuildFails($"{path}:1", "the file is ", fix: "split the rows into several files of at most 20,000 rows each");

        Assert.Matches(@$"{Path.GetFileName(path)}:1: error: the file is \d+(\.\d)? MB, more than the 10 MB a CSV file may be, so it was not read", run.Error);
    }

    [Fact]
    public void A_ceremony_sheet_of_more_than_20_000_rows_is_refused_at_the_first_row_past_the_limit()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "ceremonies", "lich.csv");
        WriteRows(path, "Đơn vị,Thời gian\n", 20_001, _ => "dak-la,20/02/2024\n");

        var run = site.BuildFails($"{path}:20002:1", "the sheet has more than 20,000 ceremonies; this row and those after it were not read", fix: "split it into several files in ceremonies/");
    }

    [Fact]
    public void A_million_row_result_table_is_refused_at_its_row_limit()
    {
        using var site = TestSite.Create("-- content/results/diem.yml --\ntitle: \"Kết quả\"\ncolumns:\n  - { name: \"Số\", aggregate: sum }\n");
        var path = Path.Combine(site.Content, "results", "diem.csv");
        WriteRows(path, "Đơn vị,Số\n", MillionRows, _ => "a,1\n");

        var run = site.BuildFails($"{path}:20002:1", "the result table has more than 20,000 rows; this row and those after it were not read", fix: "a result table holds one row per unit");
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("import")]
    public void Inspect_and_import_refuse_a_50_MB_document_as_a_build_does(string command)
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "van-ban.txt");
        Write(path, Document, Paragraph, 50 * Megabyte);

        var run = TestSite.Run(command == "import" ? ["import", path, "--to", site.Plans] : ["inspect", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:1: error: the file is 50 MB, more than the 2 MB a plan or page may be, so it was not read", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void The_document_reader_reads_a_50_MB_document_given_to_it_directly()
    {
        var text = new StringBuilder(Document, (int)(50 * Megabyte) + Paragraph.Length);
        while (text.Length < 50 * Megabyte)
        {
            text.Append(Paragraph);
        }

        var reading = DocumentReader.Read(text.ToString());

        Assert.Equal("45/KH-UBND", reading.Number);
        Assert.DoesNotContain(reading.Warnings, DocumentWarnings.IsFailure);
    }

    private static void Write(string path, string head, string repeated, long bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, Utf8);
        writer.Write(head);
        var size = Utf8.GetByteCount(repeated);
        for (var written = (long)Utf8.GetByteCount(head); written < bytes; written += size)
        {
            writer.Write(repeated);
        }
    }

    private static void WriteRows(string path, string header, int rows, Func<int, string> row)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, Utf8);
        writer.Write(header);
        for (var i = 0; i < rows; i++)
        {
            writer.Write(row(i));
        }
    }

    /// <summary>A file of <paramref name="bytes"/> zeros that takes no disk space: reading it would take the time and memory.</summary>
    private static void Sparse(string path, long bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(bytes + 1);
    }
}
