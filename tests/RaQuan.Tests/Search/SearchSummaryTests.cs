using RaQuan.Model;
using RaQuan.Search;

namespace RaQuan.Tests.Search;

/// <summary>The line shown under a result when the document has no summary: the start of its body, whitespace collapsed.</summary>
public sealed class SearchSummaryTests
{
    private static readonly Unit Province = new() { Name = "Kon Tum", Kind = UnitKind.Tinh, Slug = "kon-tum", Source = new SourceLocation("units.yml") };

    [Theory]
    [InlineData("  \n Lễ   ra\tquân \n\n đầu\u00a0năm  \n", "Lễ ra quân đầu năm")]
    [InlineData("Một", "Một")]
    [InlineData(" \n\t ", "")]
    public void A_short_body_is_shown_whole_on_one_line(string body, string expected) =>
        Assert.Equal(expected, SummaryOf(body));

    [Fact]
    public void A_long_body_is_cut_at_the_last_space_before_200_characters()
    {
        var body = "\n" + string.Concat(Enumerable.Range(0, 120).Select(i => $"từ{i}  \n"));
        var summary = SummaryOf(body);
        Assert.EndsWith(" …", summary);
        var shown = summary[..^2];
        Assert.True(shown.Length is > 190 and <= 200, $"{shown.Length} characters: {shown}");
        Assert.Equal(string.Join(' ', Enumerable.Range(0, 120).Select(i => $"từ{i}"))[..shown.Length], shown);
        Assert.DoesNotContain("  ", shown);
    }

    [Fact]
    public void A_body_without_spaces_is_cut_at_200_characters()
    {
        var body = "  " + new string('a', 1_000);
        Assert.Equal(new string('a', 200) + " …", SummaryOf(body));
    }

    [Fact]
    public void The_documents_own_summary_comes_first() =>
        Assert.Equal("Tóm tắt riêng", SummaryOf("Thân bài", summary: " Tóm tắt\n riêng "));

    private static string SummaryOf(string body, string? summary = null) =>
        SearchIndexBuilder.Analyse(new SearchDocument
        {
            Kind = "Kế hoạch", Path = "ke-hoach/a/", Title = "Kế hoạch", Unit = Province, Summary = summary, Body = () => body,
        }).Summary;
}
