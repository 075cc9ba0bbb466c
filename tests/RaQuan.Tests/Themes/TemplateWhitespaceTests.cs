using RaQuan.Themes.Default;

namespace RaQuan.Tests.Themes;

/// <summary>
/// Pages carry no indentation of the templates' markup: each line-breaking run of white space in a template's literal
/// HTML is one line break, in the built-in templates and a site's alike, but never in &lt;pre&gt; or &lt;textarea&gt;,
/// and white space within a line stays, so inline elements stay apart.
/// </summary>
public sealed class TemplateWhitespaceTests
{
    [Fact]
    public void A_sites_template_writes_its_markup_without_indentation_but_keeps_pre_textarea_and_spaces_within_a_line()
    {
        using var site = TestSite.Create(SampleFiles.QuangNgaiThemeSite + """
            -- content/themes/quang-ngai/Views/PlanView.cshtml --
            @inherits ThemeTemplate<PlanPageModel>
            <article class="ke-hoach-tinh">
                <h1>@Model.Plan.Title</h1>
                @if (Model.Plan.Tags.Count == 0)
                {
                    <p class="nhan">Không có từ khóa</p>
                }
                else
                {
                    <p class="nhan">Có <em>từ khóa</em> <strong>@Model.Plan.Tags[0]</strong></p>
                }
                <pre class="mau">  một
                    hai</pre>
                <textarea class="chep">
                  ba
                </textarea>
                <div class="than">@BodySlot.Page</div>
            </article>
            """);

        site.BuildOk();

        const string page = "ke-hoach/ke-hoach-le-ra-quan-dau-nam-2024/index.html";
        site.AssertFileContains(page,
            "<article class=\"ke-hoach-tinh\">\n<h1>Kế hoạch Lễ ra quân đầu năm 2024</h1>\n<p class=\"nhan\">Có <em>từ khóa</em> <strong>ra quân</strong></p>\n",
            "<pre class=\"mau\">  một\n        hai</pre>\n<textarea class=\"chep\">\n      ba\n    </textarea>\n<div class=\"than\">");
    }

    [Fact]
    public void The_built_in_pages_have_no_indented_line_outside_pre_and_textarea()
    {
        using var site = SampleSite.Build();

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = Regex.Replace(File.ReadAllText(file), "<(pre|textarea)\\b.*?</\\1>", "", RegexOptions.Singleline);
            var indented = html.Split('\n').FirstOrDefault(line => line.StartsWith(' ') || line.StartsWith('\t'));
            Assert.True(indented is null, $"{Path.GetRelativePath(site.Output, file)} has an indented line: {indented}");
        }
    }

    [Theory]
    [InlineData("</p>\n    <p>", false, "</p>\n<p>")]
    [InlineData("    <li>", true, "<li>")]
    [InlineData("    <li>", false, "    <li>")]
    [InlineData("Trân trọng, ", false, "Trân trọng, ")]
    [InlineData("<pre>\n  a\n</pre>\n  <p>", false, "<pre>\n  a\n</pre>\n<p>")]
    [InlineData("<TEXTAREA rows=2>\n  a", false, "<TEXTAREA rows=2>\n  a")]
    public void Line_breaking_white_space_of_a_literal_is_one_line_break(string literal, bool atLineStart, string expected)
    {
        var verbatim = false;

        Assert.Equal(expected, LiteralWhitespace.Trim(literal, ref atLineStart, ref verbatim));
    }

    [Fact]
    public void The_indentation_of_a_markup_line_after_a_statement_that_may_have_written_is_a_line_break()
    {
        var (atLineStart, verbatim) = (false, false);

        Assert.Equal("\n</li>\n", LiteralWhitespace.Trim("    </li>\n", ref atLineStart, ref verbatim, afterStatement: true));
        Assert.True(atLineStart);
    }
}
