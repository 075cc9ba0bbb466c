using RaQuan.Documents;
using RaQuan.Loading;
using RaQuan.Tests.Documents;
using Xunit.Abstractions;
using Xunit.Sdk;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// The five seed documents and the sample plans, broken at random (<see cref="SeedMutator"/>) many times over: the document reader reads
/// every result, and the renderer and a real build either publish it or refuse it with a content error — never an
/// exception, never a hang. Each test draws inputs for a share of a minute and fails when fewer than its minimum ran;
/// a failure prints the seed and iteration, and RAQUAN_FUZZ_SEED, RAQUAN_FUZZ_ITERATIONS and RAQUAN_FUZZ_SECONDS
/// replay or widen the run.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const string PageUrl = "https://example.gov.vn/ra-quan-2024/ke-hoach/fuzz/";

    // A whole build, the first one in the test process included (it compiles the pipeline), on a CI machine that
    // runs other tests beside it: bounded, but more loosely than one read.
    private static readonly TimeSpan BuildBudget = TimeSpan.FromSeconds(30);

    // The three runs together draw inputs for under a minute; the inputs under way when time is up still finish.
    private static readonly TimeSpan ReaderTime = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan RendererTime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan BuildTime = TimeSpan.FromSeconds(15);

    [SeedsFact]
    public void The_document_reader_reads_every_mutated_seed()
    {
        new FuzzRun("document reader", output).Run(FuzzRun.Iterations, salt: 0, time: ReaderTime, minimum: 200, rareEvery: 10, check: input =>
        {
            var reading = DocumentReader.Read(input.Text);

            // The reader turns an unexpected exception into this warning rather than fail a build; here it is a bug.
            if (reading.Warnings.FirstOrDefault(DocumentWarnings.IsFailure) is { } failure)
            {
                throw new XunitException($"the reader stopped on an exception: {failure}");
            }

            _ = DocumentReadingJson.Write(reading);
            _ = DocumentReport.Format(reading);
            return reading.Type is null ? "read without a type" : "read";
        }, parallel: true);
    }

    [SeedsFact]
    public void Mutated_seeds_render_or_are_refused_with_a_content_error()
    {
        new FuzzRun("renderer", output).Run(Math.Max(1, FuzzRun.Iterations / 50), salt: 1, time: RendererTime, minimum: 20, rareEvery: 5, check: input =>
        {
            // What a build renders of a pasted plan: the reader's body when it found the document's form, else the text.
            var reading = DocumentReader.Read(input.Text);
            var body = DocumentMetadata.UsesReaderBody(reading) ? reading.Body : input.Text;
            if (MarkdownNesting.TooDeep(body) is not null)
            {
                return "refused: nested too deep";
            }

            try
            {
                MarkdownRenderer.Render(body, PageUrl);
                return "rendered";
            }
            catch (UnrenderableMarkdownException)
            {
                return "refused by the renderer";
            }
        }, parallel: true);
    }

    [SeedsFact]
    public void Sites_with_a_mutated_seed_build_or_fail_with_content_errors()
    {
        using var site = TestSite.Create();
        var plan = Path.Combine(site.Content, "plans", "fuzz.md");
        new FuzzRun("build", output).Run(Math.Max(1, FuzzRun.Iterations / 1_000), salt: 2, time: BuildTime, minimum: 3, rareEvery: 1, check: input =>
        {
            // Half the plans name their unit, so the reader's locality need not match units.yml for the plan to build.
            byte[] frontMatter = input.Random.Next(2) == 0 ? "---\nunit: kon-ray\ndate: 2024-01-02\n---\n"u8.ToArray() : [];
            File.WriteAllBytes(plan, [.. frontMatter, .. input.Bytes]);

            var run = site.Build();

            // Nothing beside the content and the output but the output's lock file, cache and previous site: no staging
            // folder left, no file written outside the site.
            var beside = site.RootEntries().Where(f => f is not "._site.lock" and not "._site.cache" and not "._site.previous").ToList();
            if (beside is not ["_site", "content"] and not ["content"])
            {
                throw new XunitException($"the build left {string.Join(", ", beside)} beside the content");
            }

            if (run.ExitCode == 0)
            {
                return "built";
            }

            var errors = run.ErrorLines;
            if (run.ExitCode != 1 || !run.Error.Contains("Build failed with", StringComparison.Ordinal) || errors.Count == 0
                || !errors.All(l => l.StartsWith(site.Content, StringComparison.Ordinal)))
            {
                throw new XunitException($"the build ended with {run.ExitCode} without content errors naming their file:\n{run.Error}");
            }

            return "content errors";
        }, budget: BuildBudget);
    }
}
