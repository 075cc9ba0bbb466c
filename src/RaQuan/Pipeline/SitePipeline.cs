using RaQuan.Assembling;
using RaQuan.Loading;
using RaQuan.Output;
using RaQuan.Rendering;
using RaQuan.Themes;

namespace RaQuan.Pipeline;

/// <summary>What the pipeline produced: the site as assembled, and the warnings of every stage.</summary>
internal sealed record PipelineResult(LoadedContent Content, Site Site, IReadOnlyList<BuildError> Warnings);

/// <summary>
/// The one build pipeline, load → assemble → render, writing every file into an <see cref="OutputSink"/>. <c>build</c>
/// runs it into a staging folder and publishes it (<see cref="SiteBuilder"/>); <c>serve</c> runs it into memory with
/// the cache it keeps between builds (<see cref="Serving.SiteSession"/>). Each stage takes what the one before it
/// returned.
/// </summary>
internal static class SitePipeline
{
    /// <summary>The steps every build reports: load, assemble, each section; the caller adds its own (publish).</summary>
    public static int Steps => SiteSections.Count + 2;

    /// <summary>Runs the stages; throws <see cref="BuildException"/> with every content error of the first stage that has any.</summary>
    /// <param name="stepDone">Told the name of each step as it ends.</param>
    public static async Task<PipelineResult> RunAsync(
        BuildOptions options, ITheme theme, OutputSink sink, IBuildCache cache, CancellationToken cancellation, Action<string>? stepDone = null)
    {
        var content = ContentLoader.Load(options.SiteDirectory, cache.Plans);
        stepDone?.Invoke("load");
        var site = SiteAssembler.Assemble(content, options, out var assembleWarnings);
        stepDone?.Invoke("assemble");
        var render = cache.BeginRender(content, site, options);
        if (site.Config.Branding.Folder is { } folder)
        {
            theme = await theme.ForSiteAsync(folder, options.TemplateCacheDirectory, cancellation);
        }

        if (site.Config.Branding.Assets is { } assets)
        {
            theme = new AssetsFolderTheme(theme, assets);
        }

        await new SiteRenderer(site, theme, sink, content.Paths, render).RenderAsync(cancellation, (section, _) => stepDone?.Invoke(section));
        cache.Succeeded();
        return new PipelineResult(content, site, [.. content.Warnings, .. assembleWarnings]);
    }
}
