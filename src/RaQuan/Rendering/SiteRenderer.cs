using RaQuan.Loading;
using RaQuan.Model;
using RaQuan.Output;
using RaQuan.Rendering.Caching;

namespace RaQuan.Rendering;

/// <summary>The render and write stages: runs every section of the site; files are written as they are made.</summary>
internal sealed class SiteRenderer(Site site, ITheme theme, OutputSink sink, ContentPaths paths, RenderCache? cache = null)
{
    public async Task RenderAsync(CancellationToken cancellation = default)
    {
        var context = new RenderContext(site, theme, sink, paths, cache);
        foreach (var section in SiteSections.All)
        {
            await section.RenderAsync(context, cancellation);
        }
    }
}
