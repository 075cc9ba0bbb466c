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
        return RunAsync(run => SiteSections.RenderAsync(context, run, cancellation), sectionDone);
    }

    /// <summary>
    /// Runs <paramref name="sections"/> with a <see cref="SectionRunner"/>, then waits for the sections still running
    /// alongside; when a section fails, waits for those before the failure goes on.
    /// </summary>
    internal static async Task RunAsync(Func<SectionRunner, Task> sections, Action<string, int>? sectionDone)
    {
        var run = new SectionRunner(sectionDone);
        try
        {
            await sections(run);
            await run.EveryPageWrittenAsync();
        }
        catch
        {
            await run.StopAsync();
            throw;
        }
    }
}
