using System.Diagnostics;
using RaQuan.Output;
using RaQuan.Rendering;

namespace RaQuan.Building;

/// <summary>Builds a site: the pipeline (load → assemble → render) into a staging folder, then publish.</summary>
public static class SiteBuilder
{
    /// <summary>Builds the site; throws <see cref="BuildException"/> with every content error, leaving the previous output untouched.</summary>
    /// <param name="progress">Told as each step ends.</param>
    public static async Task<BuildResult> BuildAsync(
        BuildOptions options, ITheme theme, CancellationToken cancellation = default, IProgress<BuildStep>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var total = Pipeline.SitePipeline.Steps + 1;
        var step = 0;
        CheckFolders(options);

        // Before anything touches the folders beside the output: a second build would otherwise recover, clean or
        // publish them while the first one writes.
        using var outputLock = await OutputLock.TakeAsync(options.OutputDirectory, options.LockWait, cancellation);
        AtomicPublisher.Recover(options.OutputDirectory);
        var disk = options.CacheDirectory is { } folder
            ? new Pipeline.DiskBuildCache(folder, options.OutputDirectory, options.SiteDirectory, Pipeline.DiskBuildCache.BuildOf(theme))
            : null;
        var publisher = new AtomicPublisher(options.OutputDirectory, disk?.Previous);
        var sink = new OutputSink(publisher.Staging, replacing: publisher.Reused);
        try
        {
            var (_, site, warnings) = await Pipeline.SitePipeline.RunAsync(options, theme, sink, disk ?? (Pipeline.IBuildCache)new Pipeline.NoBuildCache(), cancellation,
                name => progress?.Report(new BuildStep(name, ++step, total, clock.Elapsed)));
            var moved = MovedPages.Check(options.OutputDirectory, publisher.Staging, site);
            var id = Guid.NewGuid().ToString("N");
            publisher.Commit(id, sink, disk is null ? null : disk.IsReused, keepReplaced: disk is not null);

            // Written once the site is published: a build killed before leaves the previous cache, which names the
            // previous site's id and is then not used; one killed while writing it leaves a temporary file.
            disk?.Save(id, publisher.ReplacedId, publisher.Changed);
            progress?.Report(new BuildStep("publish", total, total, clock.Elapsed));
            return new BuildResult(sink.Count, site.Plans.Count, site.UnitsBySlug.Count, clock.Elapsed,
                [.. disk?.Warning is { } ignored ? [ignored] : Array.Empty<BuildError>(), .. warnings, .. moved], site.News.ImagesEncoded)
            {
                BasePath = site.Config.BasePath,
                PhotosHashed = site.News.PhotosHashed,
                Unchanged = publisher.Unchanged,
                Reused = disk?.Reused ?? 0,
                Rendered = disk?.Rendered ?? 0,
                BodiesRendered = disk?.BodiesRendered ?? 0,
                PlanPagesByInputs = disk?.PlanPagesByInputs ?? 0,
                SearchDocumentsRead = disk?.SearchDocumentsRead ?? 0,
                PlansHashed = disk?.PlansHashed ?? 0,
                PlansParsed = disk?.PlansParsed ?? 0,
                SearchShardsRead = disk?.SearchShardsRead ?? 0,
                PreviousSiteReused = publisher.Reused,
            };
        }
        catch
        {
            publisher.Abandon(written: sink.Count > 0);
            throw;
        }
    }

    // Publishing replaces the output folder wholesale, so it must never be, or contain, the content, nor be a folder
    // of other files; and one inside the content would be read as content (static/ would publish the last site).
    private static void CheckFolders(BuildOptions options)
    {
        var content = Path.GetFullPath(options.SiteDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var diagnostics = new Diagnostics(BuildStage.Write);
        if (content.StartsWith(output, StringComparison.Ordinal))
        {
            diagnostics.Error(new Model.SourceLocation(options.OutputDirectory),
                Messages.OutputReplacesContent, Messages.OutputReplacesContentFix);
        }
        else if (output.StartsWith(content, StringComparison.Ordinal))
        {
            diagnostics.Add(ContentErrors.OutputInsideContent(options.OutputDirectory));
        }
        else if (!options.Force && !OutputMarker.MayReplace(output))
        {
            diagnostics.Add(ContentErrors.OutputNotEmpty(options.OutputDirectory));
        }

        // Publishing would delete a cache inside the output, and one inside the content would be read as content.
        if (options.CacheDirectory is { } cache)
        {
            var folder = Path.GetFullPath(cache).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (folder.StartsWith(output, StringComparison.Ordinal) || folder.StartsWith(content, StringComparison.Ordinal)
                || output.StartsWith(folder, StringComparison.Ordinal) || content.StartsWith(folder, StringComparison.Ordinal))
            {
                diagnostics.Add(ContentErrors.BuildCacheMisplaced(cache));
            }
        }

        diagnostics.ThrowIfErrors();
    }
}
