using AngleSharp.Html.Parser;
using Markdig;
using RaQuan.Documents;

namespace RaQuan.Tests.Documents;

/// <summary>The Markdown body keeps the document's structure, checked on the HTML Markdig renders from it.</summary>
public sealed class BodyMarkdownTests
{
    private const string Plan = """
        KẾ HOẠCH
        Ra quân đầu năm 2024

        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau¹:

        I. MỤC ĐÍCH, YÊU CẦU

        1. Mục đích

        - Tạo khí thế thi đua, phát động phong trào thi

        đua thực hiện nhiệm vụ.
        - + Giấy khen của Chủ tịch UBND huyện.

        ¹ Theo đề nghị của Sở Nông nghiệp.

        2.1. Thời gian

        a) Vào lúc **08^h30'**, thứ Ba, ngày 20/02/2024, tại xã Ia Chim⁽²⁾.

        TT	Huyện	Quy mô
        1	Đăk Hà	L = 508m
        2	Đăk Tô	<ul><li>a | b</li></ul>

        TT	Huyện	Quy mô
        3	Kon Rẫy	L = 100m

        ⁽²⁾ Điểm ra quân của tỉnh.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Nguyễn Văn An
        """;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Fact]
    public void Sections_become_headings_and_lists_nest()
    {
        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(DocumentReader.Read(Plan).Body, Pipeline));
        Assert.Equal("I. MỤC ĐÍCH, YÊU CẦU", html.QuerySelector("h2")?.TextContent);
        Assert.Equal("1. Mục đích", html.QuerySelector("h3")?.TextContent);
        Assert.Equal("2.1. Thời gian", html.QuerySelector("h4")?.TextContent);
        Assert.Equal("Tạo khí thế thi đua, phát động phong trào thi đua thực hiện nhiệm vụ.", html.QuerySelector("ul > li")?.ChildNodes[0].TextContent.Trim());
        Assert.NotNull(html.QuerySelector("ul > li > ul > li"));
    }

    [Fact]
    public void Table_split_by_a_page_break_is_one_table_with_its_html_kept_on_one_line()
    {
        var reading = DocumentReader.Read(Plan);
        var table = Assert.Single(reading.Tables);
        Assert.Equal(["TT", "Huyện", "Quy mô"], table.Columns);
        Assert.Equal(3, table.Rows.Count);
        Assert.Contains("| 2 | Đăk Tô | <ul><li>a \\| b</li></ul> |", reading.Body, StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(reading.Body, Pipeline));
        Assert.Equal(3, html.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public void Footnote_marks_become_markdig_footnotes_and_times_lose_their_caret()
    {
        var reading = DocumentReader.Read(Plan);
        Assert.Equal([new Footnote("1", "Theo đề nghị của Sở Nông nghiệp."), new Footnote("2", "Điểm ra quân của tỉnh.")], reading.Footnotes);
        Assert.Contains("như sau[^1]:", reading.Body, StringComparison.Ordinal);
        Assert.Contains("Ia Chim[^2].", reading.Body, StringComparison.Ordinal);
        Assert.Contains("[^2]: Điểm ra quân của tỉnh.", reading.Body, StringComparison.Ordinal);
        Assert.Contains("**08h30**", reading.Body, StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(reading.Body, Pipeline));
        Assert.Equal(2, html.QuerySelectorAll(".footnotes li").Length);
    }

    [Fact]
    public void Signature_and_recipients_are_custom_containers_after_the_content()
    {
        var reading = DocumentReader.Read(Plan);
        var html = new HtmlParser().ParseDocument(Markdown.ToHtml(reading.Body, Pipeline));
        Assert.Contains("Nguyễn Văn An", html.QuerySelector("div.signature")?.TextContent);
        Assert.Equal(2, html.QuerySelectorAll("div.recipients li").Length);
        Assert.DoesNotContain("Nơi nhận", reading.Body[..reading.Body.IndexOf("::: signature", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_input_keeps_its_headings()
    {
        var body = DocumentReader.Read("**KẾ HOẠCH**  \n**Thi đua**\n\n## **II. CHỈ TIÊU**\n\n### **1. Kinh tế**\n\n- Dân số: 11.000 người;").Body;
        Assert.StartsWith("## II. CHỈ TIÊU\n\n### 1. Kinh tế\n\n- Dân số: 11.000 người;", body, StringComparison.Ordinal);
    }
}
