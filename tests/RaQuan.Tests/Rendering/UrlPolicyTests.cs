using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://kontum.gov.vn/", true)]
    [InlineData("http://kontum.gov.vn/", true)]
    [InlineData("mailto:vanthu@kontum.gov.vn", true)]
    [InlineData("tel:02603862410", true)]
    [InlineData("../phu-luc/", true)]
    [InlineData("#muc-ii", true)]
    [InlineData("files/ke-hoach.pdf", true)]
    [InlineData("/a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    public void Only_web_mail_phone_and_relative_urls_are_safe(string url, bool safe) =>
        Assert.Equal(safe, UrlPolicy.IsSafe(url));
}
