using Markdig;
using RaQuan.Tests.Documents;
using Xunit.Abstractions;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// A text that cannot hold a bare link is parsed without Markdig's bare-link parser. The output must be what the
/// full pipeline gives, and every bare link must still become a link.
/// </summary>
public sealed partial class AutoLinkPipelineTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Xem https://kontum.gov.vn/tin-tuc.", "https://kontum.gov.vn/tin-tuc")]
    [InlineData("Xem http://kontum.gov.vn", "http://kontum.gov.vn")]
    [InlineData("Cổng www.kontum.gov.vn đăng tải", "http://www.kontum.gov.vn")]
    [InlineData("Thư gửi mailto:vanthu@kontum.gov.vn nhé", "mailto:vanthu@kontum.gov.vn")]
    [InlineData("Gọi tel:02603862345 để hỏi", "tel:02603862345")]
    [InlineData("Tải ftp://kontum.gov.vn/ke-hoach.pdf về", "ftp://kontum.gov.vn/ke-hoach.pdf")]
    public void Bare_links_of_every_kind_are_still_linked(string markdown, string href)
    {
        Assert.Same(MarkdownRenderer.Pipeline, MarkdownRenderer.PipelineFor(markdown));
        // Markdig's output: the sanitizer drops some of these schemes (ftp:) afterwards, as it does for any link.
        var html = Markdown.ToHtml(markdown, MarkdownRenderer.PipelineFor(markdown));
        Assert.Contains($"<a href=\"{href}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thực hiện theo tháng, tuần; mỗi thôn một tổ.")]
    [InlineData("Tel. 0260 3862 345, ww.kontum, ftp, mail to: không đủ")]
    public void Texts_that_cannot_hold_a_bare_link_are_parsed_without_the_bare_link_parser(string markdown)
    {
        Assert.Same(MarkdownRenderer.PipelineWithoutAutoLinks, MarkdownRenderer.PipelineFor(markdown));
    }

    [Theory]
    [InlineData("HTTPS://KONTUM.GOV.VN")]
    [InlineData("Www.kontum.gov.vn")]
    [InlineData("Tel: 0260 3862 345")]
    [InlineData("MAILTO:a@b.vn")]
    public void The_check_ignores_case(string markdown)
    {
        Assert.Same(MarkdownRenderer.Pipeline, MarkdownRenderer.PipelineFor(markdown));
    }

    [Fact]
    public void Random_markdown_gives_what_the_full_pipeline_gives()
    {
        var random = new RandomMarkdown(20261130);
        var without = 0;
        for (var i = 0; i < 3000; i++)
        {
            var markdown = random.Next();
            // Each document twice: as made (bare links in many) and with every bare-link start broken up.
            foreach (var text in new[] { markdown, WithoutLinkStarts(markdown) })
            {
                var pipeline = MarkdownRenderer.PipelineFor(text);
                without += pipeline == MarkdownRenderer.PipelineWithoutAutoLinks ? 1 : 0;
                AssertSame(text, pipeline, $"case {i}");
            }
        }

        output.WriteLine($"{without} of 6000 texts parsed without the bare-link parser");
        Assert.True(without >= 3000, $"only {without} of 6000 texts were parsed without the bare-link parser");
    }

    [SeedsTheory]
    [MemberData(nameof(Seeds))]
    public void Seed_plans_give_what_the_full_pipeline_gives(string seed)
    {
        Assert.True(SeedFiles.Folder is not null, "../shared/seeds is missing and CI=true requires it");
        var text = SeedFiles.Read(seed);
        AssertSame(text, MarkdownRenderer.PipelineFor(text), seed);
        AssertSame(WithoutLinkStarts(text), MarkdownRenderer.PipelineWithoutAutoLinks, $"{seed}, bare-link starts broken up");
    }

    public static TheoryData<string> Seeds => new(SeedFiles.Names);

    private static void AssertSame(string markdown, MarkdownPipeline pipeline, string what)
    {
        var full = MarkdownRenderer.Pipeline;
        var same = Render(markdown, full, Markdown.ToHtml) == Render(markdown, pipeline, Markdown.ToHtml)
            && Render(markdown, full, Markdown.ToPlainText) == Render(markdown, pipeline, Markdown.ToPlainText);
        Assert.True(same, $"{what}: the output differs from the full pipeline's\n--- input:\n{markdown}");
    }

    // Markdig refuses a tree nested past its depth limit with an ArgumentException; both pipelines must then refuse.
    private static string Render(string markdown, MarkdownPipeline pipeline, Func<string, MarkdownPipeline?, MarkdownParserContext?, string> render)
    {
        try
        {
            return render(markdown, pipeline, null);
        }
        catch (ArgumentException)
        {
            return "(nested too deep)";
        }
    }

    private static string WithoutLinkStarts(string text)
    {
        while (LinkStart().IsMatch(text))
        {
            text = LinkStart().Replace(text, m => m.Value[0] + "-" + m.Value[1..]);
        }

        return text;
    }

    [GeneratedRegex("http|www\\.|ftp:|mailto:|tel:", RegexOptions.IgnoreCase)]
    private static partial Regex LinkStart();
}
