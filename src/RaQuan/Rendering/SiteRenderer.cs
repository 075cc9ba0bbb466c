using RaQuan.Loading;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Caching;

namespace RaQuan.Rendering;

/// <summary>The render and write stages: runs every section of the site; files are written as they are made.</summary>
internal sealed class SiteRenderer(Site site, ITheme theme, OutputSink sink, ContentPaths paths, RenderCache? cache = null)
{
    /// <param name="sectionDone">Called with a section's name and how many sections are done.</param>
    public async Task RenderAsync(CancellationToken cancellation = default, Action<string, int>? sectionDone = null)
    {
        var context = new RenderContext(site, theme, sink, paths, cache);
        for (var i = 0; i < SiteSections.All.Count; i++)
        {
            var section = SiteSections.All[i];
            await section.RenderAsync(context, cancellation);
            sectionDone?.Invoke(SectionName(section), i + 1);
        }
    }

    /// <summary>"PlanSection" → "plan".</summary>
    private static string SectionName(ISiteSection section) =>
        section.GetType().Name.Replace("Section", "", StringComparison.Ordinal).ToLowerInvariant();
}
