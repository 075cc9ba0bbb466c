using System.Diagnostics;
using System.Text.RegularExpressions;
using RaQuan.Documents;
using RaQuan.Loading;
using RaQuan.Rendering;
using RaQuan.Tests.Documents;
using RaQuan.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// The fast path (Markdig's output read without AngleSharp, raw HTML parsed block by block) either declines a body or
/// gives exactly what the reference path (AngleSharp on the whole body) gives: the three HTML variants, the table of contents, the excerpt, the search text.
/// RAQUAN_FASTBODY_SEED and RAQUAN_FASTBODY_CASES replay or widen the random run.
/// </summary>
public sealed class FastBodyTests(ITestOutputHelper output)
{
    private const string PageUrl = "https://example.gov.vn/ra-quan-2024/ke-hoach/kon-tum-le-ra-quan/";

    [Fact]
    public void Sample_site_bodies_render_the_same_on_the_fast_path()
    {
        var content = ContentLoader.Load(Path.Combine(TestEnvironment.RepositoryRoot, "content"));
        var bodies = content.Plans.Select(p => (p.Source.File, Body: p.ReadBody()))
            .Concat(content.Pages.Select(p => (p.Source.File, p.Body)))
            .ToList();
        Assert.NotEmpty(bodies);
        foreach (var (path, body) in bodies)
        {
            var fast = AssertSameOrDeclined(body, path);
            Assert.True(fast || HasRawHtml(body), $"{path}: the fast path declined a body without raw HTML");
        }
    }

    [SeedsTheory]
    [MemberData(nameof(Seeds))]
    public void Seed_bodies_render_the_same_with_and_without_their_raw_html(string seed)
    {
        Assert.True(SeedFiles.Folder is not null, "../shared/seeds is missing and CI=true requires it");
        var text = SeedFiles.Read(seed);
        var reading = DocumentReader.Read(text);
        foreach (var (what, body) in new[] { ("reader body", reading.Body), ("text", text) })
        {
            AssertSameOrDeclined(body, $"{seed} ({what})");
            var withoutHtml = Regex.Replace(body, "</?[A-Za-z][^<>]*>|<!--.*?-->", "");
            Assert.True(AssertSameOrDeclined(withoutHtml, $"{seed} ({what}, raw HTML removed)") || HasRawHtml(withoutHtml),
                $"{seed} ({what}, raw HTML removed): the fast path declined a body without raw HTML");
        }
    }

    public static TheoryData<string> Seeds => new(SeedFiles.Names);

    [SeedsFact]
    public void Generated_corpus_plans_render_the_same_on_the_fast_path()
    {
        var generator = Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "bench", "gen_corpus.py");
        Assert.True(File.Exists(generator), $"{generator} is missing");
        var folder = Directory.CreateTempSubdirectory("raquan-fastbody-");
        try
        {
            var corpus = Path.Combine(folder.FullName, "corpus");
            var site = Path.Combine(folder.FullName, "site");
            Run("python3", generator, "--plans", "200", "--seed", "7", "--out", corpus);
            Run("python3", Path.Combine(TestEnvironment.RepositoryRoot, "bench", "to-raquan"), corpus, site);
            var plans = ContentLoader.Load(site).Plans;
            Assert.Equal(200, plans.Count);
            var fast = plans.Count(p => AssertSameOrDeclined(p.ReadBody(), p.Source.File));
            output.WriteLine($"{fast} of {plans.Count} generated plans took the fast path");
            Assert.Equal(plans.Count(p => !HasRawHtml(p.ReadBody())), fast);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Random_markdown_renders_the_same_on_the_fast_path_or_is_declined()
    {
        var seed = int.TryParse(System.Environment.GetEnvironmentVariable("RAQUAN_FASTBODY_SEED"), out var s) ? s : 20240220;
        var cases = int.TryParse(System.Environment.GetEnvironmentVariable("RAQUAN_FASTBODY_CASES"), out var c) ? c : 4000;
        output.WriteLine($"seed {seed}, {cases} cases (RAQUAN_FASTBODY_SEED, RAQUAN_FASTBODY_CASES)");
        var random = new RandomMarkdown(seed);
        int withoutHtml = 0, fast = 0, refused = 0;
        for (var i = 0; i < cases; i++)
        {
            var markdown = random.Next();
            var what = $"seed {seed}, case {i}";
            bool took;
            try
            {
                took = AssertSameOrDeclined(markdown, what);
            }
            catch (UnrenderableMarkdownException)
            {
                refused++;
                continue;
            }

            if (!HasRawHtml(markdown))
            {
                withoutHtml++;
                fast += took ? 1 : 0;
            }
        }

        output.WriteLine($"{withoutHtml} without raw HTML, {fast} of them on the fast path; {refused} refused as too deep");
        Assert.True(withoutHtml > cases / 2, $"only {withoutHtml} of {cases} generated bodies have no raw HTML");
        Assert.True(fast >= withoutHtml * 95 / 100, $"the fast path took only {fast} of {withoutHtml} bodies without raw HTML");
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
    public void Bodies_with_raw_html_render_the_same_on_the_fast_path(string markdown)
    {
        Assert.True(HasRawHtml(markdown));
        Assert.True(AssertSameOrDeclined(markdown, markdown), "the fast path declined the body");
    }

    [Theory]
    [InlineData("<b>\n\nđậm đến hết\n")]
    [InlineData("<div>\n\nmở\n\n<span>\n")]
    [InlineData("<pre>\n\nx</pre>\n")]
    public void Bodies_whose_raw_html_the_fast_path_cannot_write_take_the_reference_path(string markdown)
    {
        Assert.Null(MarkdownRenderer.RenderFast(markdown, PageUrl));
        AssertSame(MarkdownRenderer.RenderReference(markdown, PageUrl), MarkdownRenderer.Render(markdown, PageUrl), markdown, "render");
    }

    /// <summary>True when the fast path took <paramref name="markdown"/>; fails when it gave anything but the reference.</summary>
    private static bool AssertSameOrDeclined(string markdown, string what)
    {
        var expected = MarkdownRenderer.RenderReference(markdown, PageUrl);
        var actual = MarkdownRenderer.RenderFast(markdown, PageUrl);
        if (actual is null)
        {
            return false;
        }

        AssertSame(expected, actual, markdown, what);
        return true;
    }

    private static void AssertSame(RenderedBody expected, RenderedBody actual, string markdown, string what)
    {
        Compare("Html", expected.Html, actual.Html);
        Compare("AbsoluteHtml", expected.AbsoluteHtml, actual.AbsoluteHtml);
        Compare("PasteHtml", expected.PasteHtml, actual.PasteHtml);
        Compare("Toc", string.Join("\n", expected.Toc), string.Join("\n", actual.Toc));
        Compare("Excerpt", expected.Excerpt, actual.Excerpt);
        Compare("SearchText", expected.SearchText, actual.SearchText);

        void Compare(string field, string? reference, string? fast)
        {
            if (reference == fast)
            {
                return;
            }

            reference ??= "(null)";
            fast ??= "(null)";
            var at = 0;
            while (at < reference.Length && at < fast.Length && reference[at] == fast[at])
            {
                at++;
            }

            var from = Math.Max(0, at - 80);
            throw new XunitException(
                $"{what}: {field} differs at {at}\n--- reference: …{Show(reference[from..Math.Min(reference.Length, at + 80)])}…\n" +
                $"--- fast:      …{Show(fast[from..Math.Min(fast.Length, at + 80)])}…\n--- input:\n{Show(markdown)}");
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
