using System.Diagnostics;
using RaQuan.Assembly;
using RaQuan.Loading;
using RaQuan.Output;
using RaQuan.Rendering;

namespace RaQuan.Building;

/// <summary>Builds a site: load → assemble → render and write → publish.</summary>
public static class SiteBuilder
{
    /// <summary>Builds the site; throws <see cref="BuildException"/> with every content error, leaving the previous output untouched.</summary>
    /// <param name="progress">Told as each step ends.</param>
    public static async Task<BuildResult> BuildAsync(
        BuildOptions options, ITheme theme, CancellationToken cancellation = default, IProgress<BuildStep>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var total = SiteSections.All.Count + 3;
        CheckFolders(options);
        AtomicPublisher.Recover(options.OutputDirectory);
        var content = ContentLoader.Load(options.SiteDirectory);
        progress?.Report(new BuildStep("load", 1, total, clock.Elapsed));
        var site = SiteAssembler.Assemble(content, options, out var assembleWarnings);
        progress?.Report(new BuildStep("assemble", 2, total, clock.Elapsed));

        var publisher = new AtomicPublisher(options.OutputDirectory);
        try
        {
            var sink = new OutputSink(publisher.Staging);
            await new SiteRenderer(site, theme, sink, content.Paths).RenderAsync(cancellation,
                (section, done) => progress?.Report(new BuildStep(section, 2 + done, total, clock.Elapsed)));
            publisher.Commit();
            progress?.Report(new BuildStep("publish", total, total, clock.Elapsed));
            return new BuildResult(sink.Count, site.Plans.Count, site.UnitsBySlug.Count, clock.Elapsed, [.. content.Warnings, .. assembleWarnings],
                site.News.ImagesEncoded);
        }
        catch
        {
            publisher.Abandon();
            throw;
        }
    }

    // Publishing replaces the output folder wholesale, so it must never be, or contain, the content.
    private static void CheckFolders(BuildOptions options)
    {
        var content = Path.GetFullPath(options.SiteDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (content.StartsWith(output, StringComparison.Ordinal))
        {
            var diagnostics = new Diagnostics(BuildStage.Write);
            diagnostics.Error(new Model.SourceLocation(options.OutputDirectory),
                "the output folder would replace the content folder",
                "write the site to another folder, for example: raquan build content -o _site");
            diagnostics.ThrowIfErrors();
        }
    }
}
