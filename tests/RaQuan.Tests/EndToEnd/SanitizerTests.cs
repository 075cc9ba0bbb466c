namespace RaQuan.Tests.EndToEnd;

public sealed class SanitizerTests
{
    [Fact]
    public void Raw_html_in_a_plan_is_sanitized_not_passed_through()
    {
        using var site = TestSite.Create("""
            -- content/plans/html.md --
            ---
            title: "HTML lạ"
            unit: kon-ray
            date: 2024-01-02
            ---
            Chú thích<sup>1</sup> và H<sub>2</sub>O.

            <script>window.__xss = 1</script>
            <img src="x" onerror="window.__xss = 2">
            <a href="javascript:alert(1)">bấm</a> <a href="JaVa&#x09;Script:alert(1)">bấm 2</a>
            <a href="https://kontum.gov.vn/" onclick="x()">cổng tỉnh</a> <a href="mailto:vanthu@kontum.gov.vn">thư</a>
            <style>body{display:none}</style>
            <iframe src="https://evil.example/"></iframe>
            <ul><li>mục <font color="red">đỏ</font></li></ul>
            <table><tr><td>ô</td></tr></table>
            """);
        site.BuildOk();

        var body = site.Html("ke-hoach/html-la/index.html").QuerySelector(".plan-body")!;
        Assert.Empty(body.QuerySelectorAll("script, style, iframe, font"));
        Assert.DoesNotContain("__xss", body.InnerHtml);
        Assert.Empty(body.QuerySelectorAll("[onerror], [onclick]"));
        Assert.DoesNotContain(body.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("script", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("1", body.QuerySelector("sup")!.TextContent);
        Assert.Equal("2", body.QuerySelector("sub")!.TextContent);
        Assert.Equal("noopener noreferrer", body.QuerySelector("a[href='https://kontum.gov.vn/']")!.GetAttribute("rel"));
        Assert.NotNull(body.QuerySelector("a[href='mailto:vanthu@kontum.gov.vn']"));
        Assert.Equal("mục đỏ", body.QuerySelector("li")!.TextContent);
        Assert.Equal("ô", body.QuerySelector("td")!.TextContent);
        Assert.Equal("", body.QuerySelector("img")!.GetAttribute("alt"));
        site.AssertFileContains("rss.xml", "!__xss", "!javascript:");
    }
}
