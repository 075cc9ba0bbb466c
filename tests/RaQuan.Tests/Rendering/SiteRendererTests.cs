using System.Collections.Concurrent;
using RaQuan.Rendering;

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
        ISiteSection[] sections =
        [
            new FakeSection("FirstSection", Alongside: false, EveryPage: false),
            new FakeSection("SlowSection", Alongside: true, EveryPage: false),
            new FakeSection("NextSection", Alongside: false, EveryPage: false),
            new FakeSection("SitemapSection", Alongside: false, EveryPage: true),
            new FakeSection("LastSection", Alongside: true, EveryPage: false),
        ];
        var done = new List<(string, int)>();

        await SiteRenderer.RunAsync(sections, async section =>
        {
            var name = ((FakeSection)section).Name;
            log.Enqueue($"start {name}");
            switch (name)
            {
                case "SlowSection":
                    started.SetResult();

                    // Bounded: were the sections run one after the other, this would wait for the next one for ever.
                    await slowMayEnd.Task.WaitAsync(TimeSpan.FromSeconds(30));

                    // Long after the next section: a section started without waiting for this one would start first.
                    await Task.Delay(200);
                    break;
                case "NextSection":
                    // Runs while the slow section has not ended: it started and is waiting for this one.
                    await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    slowMayEnd.SetResult();
                    break;
            }

            await Task.Delay(10);
            log.Enqueue($"end {name}");
        }, (name, count) => done.Add((name, count)));

        var order = log.ToList();
        var text = string.Join(", ", order);
        Assert.True(order.IndexOf("start NextSection") < order.IndexOf("end SlowSection"), text);
        Assert.True(order.IndexOf("end SlowSection") < order.IndexOf("start SitemapSection"), text);
        Assert.True(order.IndexOf("end NextSection") < order.IndexOf("start SitemapSection"), text);
        Assert.Equal("end LastSection", order[^1]);
        Assert.Equal([1, 2, 3, 4, 5], done.Select(d => d.Item2));
    }

    [Fact]
    public async Task A_failing_section_lets_the_sections_alongside_end_before_the_failure_goes_on()
    {
        // A failed build removes its staging folder next: nothing may still be writing into it.
        var log = new ConcurrentQueue<string>();
        ISiteSection[] sections =
        [
            new FakeSection("SlowSection", Alongside: true, EveryPage: false),
            new FakeSection("FailingSection", Alongside: false, EveryPage: false),
        ];

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SiteRenderer.RunAsync(sections, async section =>
        {
            var name = ((FakeSection)section).Name;
            if (name == "FailingSection")
            {
                throw new InvalidOperationException("content error");
            }

            await Task.Delay(300);
            log.Enqueue($"end {name}");
        }, null));

        Assert.Equal("content error", failure.Message);
        Assert.Equal(["end SlowSection"], log);
    }

    private sealed record FakeSection(string Name, bool Alongside, bool EveryPage) : ISiteSection
    {
        public bool RunsAlongside => Alongside;

        public bool NeedsEveryPage => EveryPage;

        public Task RenderAsync(RenderContext context, CancellationToken cancellation) => throw new NotSupportedException();

        public override string ToString() => Name;
    }
}
