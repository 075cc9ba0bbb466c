using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// A body's search text comes from a plain-text renderer each thread keeps; every text must be what Markdig's own
/// plain-text rendering gives, whatever the thread rendered before it.
/// </summary>
public sealed class SearchTextTests
{
    private const string PageUrl = "https://example.gov.vn/ke-hoach/kon-tum-le-ra-quan/";

    // Bodies ending inside a paragraph, a table, a list, code and footnotes, one after another.
    private static readonly string[] Bodies =
    [
        "Đoạn văn không có dòng trống ở cuối",
        "| Đơn vị | Chỉ tiêu |\n|---|---|\n| Xã Đắk La | 2.192 |",
        "- Một\n- Hai\n  - Hai chấm một",
        "Lệnh `mã` trong câu",
        "Văn bản có chú thích[^1].\n\n[^1]: Chú thích cuối trang.",
        "```\nkhối mã\n```",
        "# Tiêu đề\n\nĐoạn **đậm** và *nghiêng*.\n",
        "> Trích dẫn\n> hai dòng",
        "Liên kết <https://kontum.gov.vn> và [văn bản](tai-lieu.pdf)",
    ];

    [Fact]
    public void Each_search_text_is_markdigs_plain_text_whatever_came_before()
    {
        var random = new RandomMarkdown(20261130);
        var compared = 0;
        foreach (var markdown in Bodies.Concat(Bodies.Reverse()).Concat(Enumerable.Range(0, 1500).Select(_ => random.Next())))
        {
            RenderedBody body;
            try
            {
                body = MarkdownRenderer.Render(markdown, PageUrl);
            }
            catch (UnrenderableMarkdownException)
            {
                continue;
            }

            Assert.Equal(MarkdownRenderer.PlainText(markdown), body.SearchText);
            compared++;
        }

        Assert.True(compared > 1000, $"only {compared} bodies could be rendered");
    }
}
