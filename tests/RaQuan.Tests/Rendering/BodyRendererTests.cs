using System.Diagnostics;
using RaQuan.Documents;
using RaQuan.Loading;
using RaQuan.Tests.Documents;
using Xunit.Abstractions;
using Xunit.Sdk;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// The body renderer (Markdig's output read into a tree of its own, raw HTML parsed and sanitized in runs) gives
/// exactly what <see cref="ReferenceBody"/> (AngleSharp and HtmlSanitizer on the whole body) gives: the three HTML
/// variants, the table of contents, the excerpt, the search text. RAQUAN_BODY_SEED and RAQUAN_BODY_CASES replay or
/// widen the random run.
/// </summary>
public sealed class BodyRendererTests(ITestOutputHelper output)
{
    private const string PageUrl = "https://example.gov.vn/ra-quan-2024/ke-hoach/kon-tum-le-ra-quan/";

    [Fact]
    public void Sample_site_bodies_render_as_the_reference()
    {
        var content = ContentLoader.Load(Path.Combine(TestEnvironment.RepositoryRoot, "content"));
        var bodies = content.Plans.Select(p => (p.Source.File, Body: p.ReadBody()))
            .Concat(content.Pages.Select(p => (p.Source.File, p.Body)))
            .ToList();
        Assert.NotEmpty(bodies);
        foreach (var (path, body) in bodies)
        {
            AssertAsReference(body, path);
        }
    }

    [SeedsTheory]
    [MemberData(nameof(Seeds))]
    public void Seed_bodies_render_as_the_reference_with_and_without_their_raw_html(string seed)
    {
        Assert.True(SeedFiles.Folder is not null, "../shared/seeds is missing and CI=true requires it");
        var text = SeedFiles.Read(seed);
        var reading = DocumentReader.Read(text);
        foreach (var (what, body) in new[] { ("reader body", reading.Body), ("text", text) })
        {
            AssertAsReference(body, $"{seed} ({what})");
            AssertAsReference(Regex.Replace(body, "</?[A-Za-z][^<>]*>|<!--.*?-->", ""), $"{seed} ({what}, raw HTML removed)");
        }
    }

    public static TheoryData<string> Seeds => new(SeedFiles.Names);

    [SeedsFact]
    public void Generated_corpus_plans_render_as_the_reference()
    {
        var generator = Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "bench", "gen_corpus.py");
        Assert.True(File.Exists(generator), $"{generator} is missing");
        var folder = Directory.CreateTempSubdirectory("raquan-body-");
        try
        {
            var corpus = Path.Combine(folder.FullName, "corpus");
            var site = Path.Combine(folder.FullName, "site");
            Run("python3", generator, "--plans", "200", "--seed", "7", "--out", corpus);
            Run("python3", Path.Combine(TestEnvironment.RepositoryRoot, "bench", "to-raquan"), corpus, site);
            var plans = ContentLoader.Load(site).Plans;
            Assert.Equal(200, plans.Count);
            foreach (var plan in plans)
            {
                AssertAsReference(plan.ReadBody(), plan.Source.File);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Random_markdown_renders_as_the_reference()
    {
        var seed = int.TryParse(System.Environment.GetEnvironmentVariable("RAQUAN_BODY_SEED"), out var s) ? s : 20240220;
        var cases = int.TryParse(System.Environment.GetEnvironmentVariable("RAQUAN_BODY_CASES"), out var c) ? c : 4000;
        output.WriteLine($"seed {seed}, {cases} cases (RAQUAN_BODY_SEED, RAQUAN_BODY_CASES)");
        var random = new RandomMarkdown(seed);
        int withHtml = 0, rendered = 0;
        for (var i = 0; i < cases; i++)
        {
            var markdown = random.Next();
            try
            {
                AssertAsReference(markdown, $"seed {seed}, case {i}");
            }
            catch (UnrenderableMarkdownException)
            {
                continue;
            }

            rendered++;
            withHtml += HasRawHtml(markdown) ? 1 : 0;
        }

        output.WriteLine($"{rendered} rendered, {withHtml} of them with raw HTML; {cases - rendered} refused as too deep");
        Assert.InRange(withHtml, 1, rendered - 1);
    }

    [Theory]
    [InlineData("Văn bản <b>đậm</b>.")]
    [InlineData("<div class=\"x\">khối</div>\n")]
    [InlineData("| a |\n|---|\n| <br> |\n")]
    [InlineData("- mục <!-- ghi chú -->\n")]
    [InlineData("[^1]\n\n[^1]: chú thích <span>x</span>\n")]
    [InlineData("## Mục\n\n<details>\n<summary>Phụ lục</summary>\n\n**Nội dung** [tỉnh](https://kontum.gov.vn/)\n\n</details>\n\n| a |\n|---|\n| 1 |\n")]
    [InlineData("Chú thích<sup>1</sup> <x>lạ</x> <script>x()</script><a href=\"javascript:x()\" onclick=\"x()\">a</a> <a href=\"https://kontum.gov.vn/\">b</a>\n")]
    [InlineData("<table><tr><th>Xã</th></tr><tr><td>Đắk La</td></tr></table>\n\n<h1 id=\"x\">Đầu</h1>\n\n<img src=\"a.png\">\n")]
    // Left open to the end of the body, or across many blocks: the rest is read in one parse.
    [InlineData("<b>\n\nđậm đến hết\n")]
    [InlineData("<div>\n\nmở\n\n<span>\n")]
    [InlineData("<div>\n\na\n\n<i>\n\nb\n\n<i>\n\nc\n\n<i>\n\nd\n\n<i>\n\ne\n\n<i>\n\nf\n\n<i>\n\ng\n\n<i>\n\nh\n\n<i>\n\nk\n\n<i>\n\nl\n\n</div>\n\n| a |\n|---|\n| 1 |\n")]
    // The parser drops the line end that opens a pre; the writer gives it back before text that starts with one.
    [InlineData("<pre>\n\nx</pre>\n")]
    // A caption written in HTML is kept, and given the id the scroll region names.
    [InlineData("## Kết quả\n\n<table><caption>Số hộ theo xã</caption><thead><tr><th>Xã</th></tr></thead><tbody><tr><th>Đắk La</th></tr></tbody></table>\n")]
    public void Bodies_with_raw_html_render_as_the_reference(string markdown)
    {
        Assert.True(HasRawHtml(markdown));
        AssertAsReference(markdown, markdown);
    }

    [Fact]
    public void A_caption_written_in_html_is_kept_and_named_by_its_scroll_region()
    {
        var body = MarkdownRenderer.Render("<table><caption>Số hộ theo xã</caption><tr><td>1</td></tr></table>\n", PageUrl);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body.Html);
        var caption = Assert.Single(page.QuerySelectorAll("caption"));
        Assert.Equal("Số hộ theo xã", caption.TextContent);
        Assert.Equal(caption.Id, page.QuerySelector("div.table-scroll")!.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Markdig_markup_the_tree_is_read_from_holds_only_elements_the_sanitizer_allows()
    {
        Assert.All(MarkdigHtmlReader.Known, name => Assert.True(BodySanitizer.IsAllowedElement(name), name));
    }

    private static void AssertAsReference(string markdown, string what) =>
        AssertSame(ReferenceBody.Render(markdown, PageUrl), MarkdownRenderer.Render(markdown, PageUrl), markdown, what);

    private static void AssertSame(RenderedBody expected, RenderedBody actual, string markdown, string what)
    {
        Compare("Html", expected.Html, actual.Html);
        Compare("AbsoluteHtml", expected.AbsoluteHtml, actual.AbsoluteHtml);
        Compare("PasteHtml", expected.PasteHtml, actual.PasteHtml);
        Compare("Toc", string.Join("\n", expected.Toc), string.Join("\n", actual.Toc));
        Compare("Excerpt", expected.Excerpt, actual.Excerpt);
        Compare("SearchText", expected.SearchText, actual.SearchText);

        void Compare(string field, string? reference, string? rendered)
        {
            if (reference == rendered)
            {
                return;
            }

            reference ??= "(null)";
            rendered ??= "(null)";
            var at = 0;
            while (at < reference.Length && at < rendered.Length && reference[at] == rendered[at])
            {
                at++;
            }

            var from = Math.Max(0, at - 80);
            throw new XunitException(
                $"{what}: {field} differs at {at}\n--- reference: …{Show(reference[from..Math.Min(reference.Length, at + 80)])}…\n" +
                $"--- rendered:  …{Show(rendered[from..Math.Min(rendered.Length, at + 80)])}…\n--- input:\n{Show(markdown)}");
        }
    }

    private static string Show(string text) => text.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\u00a0", "\\u00a0", StringComparison.Ordinal);

    private static bool HasRawHtml(string markdown) => MarkdownRenderer.HasRawHtml(markdown);

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr}{stdout.Result}");
    }
}
