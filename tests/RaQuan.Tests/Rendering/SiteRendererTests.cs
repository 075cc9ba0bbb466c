using System.Collections.Concurrent;
using RaQuan.Building;
using RaQuan.Rendering;
using RaQuan.Tests.Support;

namespace RaQuan.Tests.Rendering;

/// <summary>
/// Sections run in order; one that runs alongside overlaps the sections after it, and is done before any section that
/// needs every page starts, whatever its speed.
/// </summary>
public sealed class SiteRendererTests
{
    [Fact]
    public async Task A_section_alongside_overlaps_the_next_ones_and_ends_before_one_that_needs_every_page()
    {
        var log = new ConcurrentQueue<string>();
        var started = new TaskCompletionSource();
        var slowMayEnd = new TaskCompletionSource();
        var done = new List<(string, int)>();
        async Task Section(string name)
        {
            log.Enqueue($"start {name}");
            switch (name)
            {
                case "slow":
                    started.SetResult();

                    // Bounded: were the sections run one after the other, this would wait for the next one for ever.
                    await slowMayEnd.Task.WaitAsync(TimeSpan.FromSeconds(30));

                    // Long after the next section: a section started without waiting for this one would start first.
                    await Task.Delay(200);
                    break;
                case "next":
                    // Runs while the slow section has not ended: it started and is waiting for this one.
                    await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    slowMayEnd.SetResult();
                    break;
            }

            await Task.Delay(10);
            log.Enqueue($"end {name}");
        }

        await SiteRenderer.RunAsync(async run =>
        {
            await run.RunAsync("first", () => Section("first"));
            run.Alongside("slow", () => Section("slow"));
            await run.RunAsync("next", () => Section("next"));
            await run.EveryPageWrittenAsync();
            await run.RunAsync("sitemap", () => Section("sitemap"));
            run.Alongside("last", () => Section("last"));
        }, (name, count) => done.Add((name, count)));

        var order = log.ToList();
        var text = string.Join(", ", order);
        Assert.True(order.IndexOf("start next") < order.IndexOf("end slow"), text);
        Assert.True(order.IndexOf("end slow") < order.IndexOf("start sitemap"), text);
        Assert.True(order.IndexOf("end next") < order.IndexOf("start sitemap"), text);
        Assert.Equal("end last", order[^1]);
        Assert.Equal([("first", 1), ("next", 2), ("slow", 3), ("sitemap", 4), ("last", 5)], done);
    }

    [Fact]
    public async Task A_failing_section_lets_the_sections_alongside_end_before_the_failure_goes_on()
    {
        // A failed build removes its staging folder next: nothing may still be writing into it.
        var log = new ConcurrentQueue<string>();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SiteRenderer.RunAsync(async run =>
        {
            run.Alongside("slow", async () =>
            {
                await Task.Delay(300);
                log.Enqueue("end slow");
            });
            await run.RunAsync("failing", () => Task.FromException(new InvalidOperationException("content error")));
        }, null));

        Assert.Equal("content error", failure.Message);
        Assert.Equal(["end slow"], log);
    }

    [Fact]
    public async Task A_build_reports_every_section_once_and_its_steps_count_up_to_the_total()
    {
        // The total comes from SiteSections.Count: a section added without it would count past the total.
        using var site = TestSite.Create();
        var options = new BuildOptions(site.Content, site.Output, DateTimeOffset.Parse(TestSite.DefaultNow));
        await using var theme = new RaQuan.Themes.Default.DefaultTheme();
        var steps = new List<BuildStep>();

        await SiteBuilder.BuildAsync(options, theme, progress: new Reported(steps.Add));

        Assert.Equal(Enumerable.Range(1, steps[0].Total), steps.Select(s => s.Done));
        Assert.Equal(steps.Count, steps.Select(s => s.Name).Distinct().Count());
        Assert.Equal(["load", "assemble", "plan"], steps.Take(3).Select(s => s.Name));
        Assert.Equal("publish", steps[^1].Name);
    }

    private sealed class Reported(Action<BuildStep> report) : IProgress<BuildStep>
    {
        public void Report(BuildStep value) => report(value);
    }
}
