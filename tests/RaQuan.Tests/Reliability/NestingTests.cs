using RaQuan.Tests.Rendering;
using RaQuan.Loading;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// Text nested past what Markdig renders — found by the fuzz test as an unhandled ArgumentException that ended
/// the build with a stack trace — is a content error naming the file, and the line where it can be found.
/// </summary>
public sealed class NestingTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public static TheoryData<string, string, int?> Texts() => new()
    {
        { "three list levels", "- a\n  - b\n    - c\n", null },
        { "32 levels on a line", Repeat("- ", 32) + "a", null },
        { "33 levels on a line", "Mở đầu\n\n" + Repeat("- ", 33) + "a", 3 },
        { "quotes and lists mixed", Repeat("> - ", 20) + "a", 1 },
        { "quote marks without spaces", new string('>', 40) + " a", 1 },
        { "ordered lists", Repeat("1. ", 40) + "a", 1 },
        { "an indent that grows on every line", string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- a\n")), 33 },
        { "an indent that grows with tabs", string.Concat(Enumerable.Range(0, 40).Select(i => new string('\t', i) + "- a\n")), 33 },
        { "a thematic break of dashes", Repeat("- ", 50) + "\n", null },
        { "a thematic break of stars", Repeat("* ", 50) + "\n", null },
        { "quote marks in a fenced code block", "```\n" + Repeat("> ", 50) + "\n```\n", null },
        { "quote marks in an indented code block", "    " + Repeat("> ", 50) + "\n", null },
        { "dashes inside words", Repeat("-a ", 50) + "\n", null },
        { "a list that ends before a deep one", Repeat("- ", 30) + "a\n\nđoạn\n" + Repeat("- ", 30) + "b\n", null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Nesting_is_counted_per_line_as_markdown_reads_it(string kind, string markdown, int? line)
    {
        Assert.True(line == MarkdownNesting.TooDeep(markdown)?.Line, kind);
        Assert.True(line == MarkdownNesting.TooDeepUtf8(Encoding.UTF8.GetBytes(markdown))?.Line, kind + ", in UTF-8");
    }

    [Fact]
    public void The_count_over_utf8_bytes_is_the_count_over_the_text()
    {
        // Random Markdown, and random runs of the marks the count reads, among Vietnamese letters whose bytes are not ASCII.
        var markdown = new RandomMarkdown(11);
        var random = new Random(11);
        string[] pieces = ["> ", "- ", "* ", "+ ", "1. ", "9) ", "  ", "    ", "\t", "\n", "```", "~~~", "---", "_ _ _", "ế", "Đắk", "a", "-", "\u2028", "\u00a0"];
        for (var i = 0; i < 4_000; i++)
        {
            var text = i % 2 == 0
                ? markdown.Next()
                : string.Concat(Enumerable.Range(0, random.Next(1, 400)).Select(_ => pieces[random.Next(pieces.Length)]));
            text = text.Replace('\r', '\n');
            Assert.Equal(MarkdownNesting.TooDeep(text), MarkdownNesting.TooDeepUtf8(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void A_plan_nested_a_thousand_levels_deep_is_a_content_error_at_its_line()
    {
        using var site = TestSite.Create($"-- content/plans/sau.md --\n---\ntitle: \"Kế hoạch lồng nhau\"\nunit: kon-ray\ndate: 2024-01-02\n---\nMở đầu.\n\n{Repeat("> - ", 500)}Nội dung\n");

        var run = site.BuildFails(
            $"{Path.Combine(site.Content, "plans", "sau.md")}:8",
            "lists and quotes are nested 1000 levels deep here, more than the 32 RaQuan shows",
            fix: "fix: flatten the text");

        Assert.DoesNotContain("Exception", run.Error);
    }

    [Theory]
    [InlineData("plans", "unit: kon-ray\ndate: 2024-01-02\n", 6)]
    [InlineData("pages", "", 4)]
    public void Brackets_nested_past_the_renderer_are_a_content_error_at_the_start_of_the_text(string folder, string unit, int bodyLine)
    {
        using var site = TestSite.Create($"-- content/{folder}/ngoac.md --\n---\ntitle: \"Ngoặc lồng nhau\"\n{unit}---\nMở đầu.\n\n{new string('[', 5_000)}\n");

        var build = site.Build();

        Assert.Equal(1, build.ExitCode);
        var at = $"{Path.Combine(site.Content, folder, "ngoac.md")}:{bodyLine}: error: ";
        Assert.True(build.Error.Contains(at + "the text cannot be rendered: brackets, emphasis marks, lists or quotes are nested deeper than the 128 levels", StringComparison.Ordinal), build.Error);
        Assert.DoesNotContain("Exception", build.Error);
    }

    [Theory]
    [InlineData("plans/sau.md", "---\ntitle: \"Kế hoạch lồng nhau\"\nunit: kon-ray\ntags: {0}\ndate: 2024-01-02\n---\nNội dung.\n", "4:70")]
    [InlineData("units.yml", "units:\n  - name: Kon Tum\n    kind: tỉnh\n    code: {0}\n", "4:72")]
    public void Yaml_nested_a_hundred_thousand_levels_deep_is_a_content_error_not_a_stack_overflow(string file, string text, string at)
    {
        // YamlDotNet loads each level by a recursive call: without the limit this ends the test process itself.
        const int Levels = 100_000;
        using var site = TestSite.Create($"-- content/{file} --\n" + string.Format(text, new string('[', Levels) + new string(']', Levels)));

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var error = $"{Path.Combine(site.Content, file)}:{at}: error: lists and groups of fields are nested more than 64 levels deep here";
        Assert.True(run.Error.Contains(error, StringComparison.Ordinal), run.Error);
        Assert.Contains("fix: look for a long run of \"[\" or \"{\"", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }
}
