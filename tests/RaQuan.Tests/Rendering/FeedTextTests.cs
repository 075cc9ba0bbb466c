using RaQuan.Feeds;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>A body kept for the feeds, as it is or compressed, gives back the very bytes of its feed HTML.</summary>
public sealed class FeedTextTests
{
    private const string PageUrl = "https://example.gov.vn/ke-hoach/kon-tum-le-ra-quan/";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_feed_html_is_the_bodys_absolute_html_in_utf8(bool compress)
    {
        var markdown = "# Mục I\n\nLễ ra quân lúc **08h30** tại [UBND xã](../../dia-ban/xa-dak-la/).\n\n"
            + string.Concat(Enumerable.Range(0, 300).Select(i => $"| Xã {i} | {i},5 ha |\n|---|---|\n| Đắk Hà | 2.192 |\n\n"));
        var body = MarkdownRenderer.Render(markdown, PageUrl);
        var text = new FeedText(body, compress);

        Assert.Contains("https://example.gov.vn/dia-ban/xa-dak-la/", body.AbsoluteHtml);
        var expected = Encoding.UTF8.GetBytes(body.AbsoluteHtml);
        Assert.Equal(expected, text.Html);

        // Asked again, as each unit's feed that holds the plan asks: a compressed body is decompressed each time.
        Assert.Equal(expected, text.Html);
        Assert.Equal(body.Excerpt, text.Excerpt);
    }
}
