using RaQuan.Loading;
using RaQuan.Output;
using RaQuan.Rendering.Caching;

namespace RaQuan.Rendering;

/// <summary>The render and write stages: runs every section of the site; files are written as they are made.</summary>
internal sealed class SiteRenderer(Site site, ITheme theme, OutputSink sink, ContentPaths paths, IRenderCache? cache = null)
{
    /// <param name="sectionDone">Called with a section's name and how many sections are done.</param>
    public Task RenderAsync(CancellationToken cancellation = default, Action<string, int>? sectionDone = null)
    {
        var context = new RenderContext(site, theme, sink, paths, cache);
        return RunAsync(SiteSections.All, section => section.RenderAsync(context, cancellation), sectionDone);
    }

    /// <summary>
    /// Runs <paramref name="sections"/> in order, each when the one before it is done, except that a section that
    /// runs alongside is only started, and waited for before the next section that needs every page, or at the end.
    /// </summary>
    /// <remarks>
    /// When a section fails, the sections running alongside are waited for before the failure goes on: they write into
    /// the staging folder, which a failed build removes, and removing it while they wrote failed with "Directory not
    /// empty" instead of reporting the content error.
    /// </remarks>
    internal static async Task RunAsync(IReadOnlyList<ISiteSection> sections, Func<ISiteSection, Task> render, Action<string, int>? sectionDone)
    {
        var alongside = new List<(ISiteSection Section, Task Running)>();
        var done = 0;
        async Task Finish(ISiteSection section, Task running)
        {
            await running;
            sectionDone?.Invoke(SectionName(section), ++done);
        }

        try
        {
            foreach (var section in sections)
            {
                if (section.NeedsEveryPage)
                {
                    foreach (var (earlier, running) in alongside)
                    {
                        await Finish(earlier, running);
                    }

                    alongside.Clear();
                }

                if (section.RunsAlongside)
                {
                    alongside.Add((section, Task.Run(() => render(section))));
                }
                else
                {
                    await Finish(section, render(section));
                }
            }

            foreach (var (section, running) in alongside)
            {
                await Finish(section, running);
            }
        }
        catch
        {
            // Their own failures are not reported: the first failure is the one the build stops for.
            await Task.WhenAll(alongside.Select(a => a.Running)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>"PlanSection" → "plan".</summary>
    private static string SectionName(ISiteSection section) =>
        section.GetType().Name.Replace("Section", "", StringComparison.Ordinal).ToLowerInvariant();
}
