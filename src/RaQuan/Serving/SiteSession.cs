using System.Diagnostics;
using RaQuan.Output;
using RaQuan.Pipeline;
using RaQuan.Rendering;

namespace RaQuan.Serving;

/// <summary>
/// Builds a site again and again into memory, for <c>raquan serve</c>: each build re-reads only the plan files
/// that changed and re-renders only the pages and feeds whose inputs changed, and gives the same files a full
/// build would write.
/// </summary>
public sealed class SiteSession(BuildOptions options, ITheme theme)
{
    private readonly SessionCache _cache = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public BuildOptions Options { get; } = options;

    /// <summary>Entries the session keeps between builds: they must not grow with edits that do not grow the site.</summary>
    internal int CachedEntries => _cache.Count;

    /// <summary>Builds the site; never throws for content errors, which come back in the result.</summary>
    public async Task<SessionBuild> BuildAsync(CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            var clock = Stopwatch.StartNew();
            var steps = new List<BuildStep>();
            var total = SitePipeline.Steps;
            var sink = OutputSink.InMemory();
            var (content, site, warnings) = await SitePipeline.RunAsync(Options, theme, sink, _cache, cancellation,
                name => steps.Add(new BuildStep(name, steps.Count + 1, total, clock.Elapsed)));
            return new SessionBuild(sink.Files, [], warnings, clock.Elapsed, site.Plans.Count, _cache.Rendered, content.Config.BasePath)
            {
                Steps = steps,
                FilesOnDisk = sink.FilesOnDisk,
            };
        }
        catch (BuildException e)
        {
            return new SessionBuild(null, e.Errors, [], TimeSpan.Zero, 0, 0);
        }
        catch (IOException e)
        {
            // An editor may be halfway through saving; the next change event builds again.
            var error = new BuildError(BuildStage.Load, new Model.SourceLocation(Options.SiteDirectory), e.Message, Messages.SaveAgainFix);
            return new SessionBuild(null, [error], [], TimeSpan.Zero, 0, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            // A defect of RaQuan rather than of the content. It is shown like a content error, so the page says the
            // site is not up to date, and the caches, which the build may have left half-updated, start afresh so
            // the next save builds from the files alone.
            _cache.Forget();
            return new SessionBuild(null, [ContentErrors.Unexpected(Options.SiteDirectory, e)], [], TimeSpan.Zero, 0, 0);
        }
        finally
        {
            _gate.Release();
        }
    }
}
