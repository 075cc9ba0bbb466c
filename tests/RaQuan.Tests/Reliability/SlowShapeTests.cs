using System.Diagnostics;
using AngleSharp.Html.Parser;
using RaQuan.Documents;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// Text far below the 2 MB limit on which a library took time growing with the square of its length: link addresses
/// that never end (Markdig), raw HTML left open (AngleSharp), lines the document reader joins into one paragraph.
/// Each is refused with its line and a fix, or read in linear time. bench/worst-shapes times them.
/// </summary>
public sealed class SlowShapeTests
{
    private const string FrontMatter = "---\ntitle: \"Hình dạng chậm\"\ndate: 2024-01-02\nunit: kon-ray\n---\n";

    // Far more than a linear reading takes on a loaded 2-core machine, far less than the minutes the shapes took.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    [Fact]
    public void Link_addresses_that_never_end_are_refused_at_their_line()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "plans", "cham.md");
        File.WriteAllText(path, FrontMatter + "Ra quân.\n\n" + Repeat("[a](", 400 * 1024));

        Timed(() => site.BuildFails($"{path}:8", "link addresses (\"](\") that do not end", fix: "close each link as [text](address)"));
    }

    [Fact]
    public void Raw_html_elements_left_open_deeper_than_the_limit_are_refused_at_their_line()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "plans", "cham.md");
        File.WriteAllText(path, FrontMatter + Repeat("<div>\n", 200 * 1024));

        Timed(() => site.BuildFails($"{path}:134", "raw HTML elements such as <div> are left open more than 128 levels deep", fix: "close each element you open (<div> … </div>)"));
    }

    [Fact]
    public void More_raw_html_tags_than_the_limit_are_refused_at_the_line_of_the_first_one_past_it()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Content, "plans", "cham.md");
        // Two tags a line: the 20,001st opens line 10,001 of the body, which starts at line 6.
        File.WriteAllText(path, FrontMatter + string.Concat(Enumerable.Repeat("<x>a</x>\n", 120_000)));

        Timed(() => site.BuildFails($"{path}:10006", "the text holds more than 20,000 raw HTML tags", fix: "write the text in Markdown rather than HTML"));
    }

    [Fact]
    public void Many_links_without_spaces_autolinks_and_closed_elements_still_build()
    {
        var links = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"[{i}](https://example.gov.vn/a/{i}),"));
        var autolinks = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"<https://example.gov.vn/{i}>"));
        var nested = Repeat("<div>", 100 * 5) + "Nội dung" + Repeat("</div>", 100 * 6);
        var closed = string.Concat(Enumerable.Range(0, 2_000).Select(_ => "<div><span>x</span></div>"));
        using var site = TestSite.Create($"-- content/plans/nhieu.md --\n{FrontMatter}{links}\n\n{autolinks}\n\n{nested}\n\n{closed}\n");

        site.BuildOk();

        var page = site.Html("ke-hoach/hinh-dang-cham/index.html");
        Assert.Equal(2_000 + 300, page.QuerySelectorAll(".plan-body a[href^='https://example.gov.vn/']").Length);
        Assert.Equal(2_000, page.QuerySelectorAll(".plan-body span").Length);
    }

    // A body with raw HTML is read in runs, the table beside it by Markdig's reader (AngleSharp's serialiser is
    // quadratic in an element's children); this checks that every row is written. Its time is measured in bench/worst-shapes.
    [Fact]
    public void A_wide_table_beside_raw_html_is_written_whole()
    {
        var rows = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"| Xã {i} | {i} |\n"));
        using var site = TestSite.Create($"-- content/plans/bang.md --\n{FrontMatter}<b>Bảng</b>\n\n| Đơn vị | Số hộ |\n|---|---|\n{rows}");

        site.BuildOk();

        var page = site.Html("ke-hoach/hinh-dang-cham/index.html");
        Assert.Equal(20_000, page.QuerySelectorAll(".plan-body tbody tr").Length);
        Assert.Equal("Xã 19999", page.QuerySelectorAll(".plan-body tbody tr").Last().QuerySelector("td")!.TextContent);
    }

    // The sanitizer removes what it does not allow one element at a time, and AngleSharp finds each among its siblings:
    // a hundred thousand in one paragraph took the square of that.
    [Fact]
    public void Unknown_elements_comments_and_scripts_side_by_side_are_removed_in_linear_time()
    {
        // Four tags a repeat: just within the limit of raw HTML tags a body may hold.
        const int repeats = 4_900;
        var body = "Ra quân.\n\n" + string.Concat(Enumerable.Repeat("<x>a</x><!-- c --><script>s()</script>", repeats));

        var rendered = Timed(() => MarkdownRenderer.Render(body, "https://example.gov.vn/ke-hoach/cham/"));

        var page = new HtmlParser().ParseDocument(rendered.Html);
        var paragraph = Assert.Single(page.QuerySelectorAll("p"), p => p.TextContent.StartsWith('a'));
        Assert.Equal(repeats, paragraph.TextContent.Length);
        Assert.Matches("^a+$", paragraph.TextContent);
        Assert.Equal(0, paragraph.ChildElementCount);
    }

    [Fact]
    public void The_document_reader_joins_two_megabytes_of_continued_lines_in_linear_time()
    {
        var text = "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\nSố: 45/KH-UBND\nKon Rẫy, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nRa quân đầu năm\n\nMở đầu.\n"
            + Repeat("xã đắk la, 1.234 hộ\n", 2 * 1024 * 1024);

        var reading = Timed(() => DocumentReader.Read(text));

        Assert.Contains("xã đắk la, 1.234 hộ xã đắk la, 1.234 hộ", reading.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_reader_finds_thousands_of_small_tables_in_linear_time()
    {
        var text = "Số: 45/KH-UBND\n\nKẾ HOẠCH\nRa quân\n\n" + Repeat("TT\tĐơn vị\n1\tXã Đắk La\n\nGhi chú.\n\n", 1024 * 1024);

        var reading = Timed(() => DocumentReader.Read(text));

        Assert.True(reading.Tables.Count > 10_000, $"{reading.Tables.Count} tables");
    }

    // Text copied from a web page is searched for the national motto among its first lines; a megabyte line of
    // blank space, or of words that never reach the motto, once took minutes there (the fuzz run's huge line).
    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData(" \t")]
    [InlineData("VIỆT NAM ")]
    [InlineData("ỦY BAN NHÂN DÂN ")]
    [InlineData("CỘNG HÒA XÃ HỘI ")]
    [InlineData("KẾ HOẠCHTỔ CHỨC ")]
    [InlineData("Số hiệu: ")]
    public void The_web_page_reader_passes_a_megabyte_line_before_the_motto_in_linear_time(string unit)
    {
        var text = "Cổng thông tin điện tử huyện Kon Rẫy\nLượt xem: 12\n" + Repeat(unit, 1024 * 1024)
            + "\nỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN KON RẪY\tĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 45/KH-UBND\tKon Rẫy, ngày 02 tháng 02 năm 2024\n\nKẾ HOẠCH\nRa quân đầu năm\n\nMở đầu.\n";

        var reading = Timed(() => DocumentReader.Read(text));

        Assert.Equal("45/KH-UBND", reading.Number);
        Assert.Equal("Kế hoạch", reading.Type);
    }

    private static string Repeat(string unit, int bytes)
    {
        var builder = new StringBuilder(bytes + unit.Length);
        while (Encoding.UTF8.GetByteCount(unit) * (builder.Length / unit.Length) < bytes)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static T Timed<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Assert.True(clock.Elapsed < Hang, $"took {clock.Elapsed.TotalSeconds:0.0} s: the shape is read in more than linear time");
        return result;
    }

    private static void Timed(Action work) => Timed(() =>
    {
        work();
        return 0;
    });
}
