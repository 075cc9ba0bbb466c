using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RaQuan.Assembly;
using RaQuan.Building;
using RaQuan.Loading;
using RaQuan.Output;
using RaQuan.Rendering;
using RaQuan.Rendering.Caching;

namespace RaQuan.Serving;

/// <summary>
/// Builds a site again and again into memory, for <c>raquan serve</c>: each build re-reads only the plan files
/// that changed and re-renders only the pages and feeds whose inputs changed, and gives the same files a full
/// build would write.
/// </summary>
public sealed class SiteSession(BuildOptions options, ITheme theme)
{
    // Bigger files (PDFs, images) are compared by size and time rather than read on every build.
    private const long HashedFileLimit = 256 * 1024;

    private PlanSourceCache _plans = new();
    private RenderCache _render = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public BuildOptions Options { get; } = options;

    /// <summary>Entries the session keeps between builds: they must not grow with edits that do not grow the site.</summary>
    internal int CachedEntries => _plans.Count + _render.Count;

    /// <summary>Builds the site; never throws for content errors, which come back in the result.</summary>
    public async Task<SessionBuild> BuildAsync(CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            var clock = Stopwatch.StartNew();
            var steps = new List<BuildStep>();
            var total = SiteSections.All.Count + 3;
            void Done(string name) => steps.Add(new BuildStep(name, steps.Count + 1, total, clock.Elapsed));
            var content = ContentLoader.Load(Options.SiteDirectory, _plans);
            _plans.Sweep();
            Done("load");
            var site = SiteAssembler.Assemble(content, Options, out var assembleWarnings);
            Done("assemble");
            _render.Begin(SiteStamp(content.Paths), site, file => _plans.Stamps.GetValueOrDefault(file));
            Done("stamp");
            var sink = OutputSink.InMemory();
            await new SiteRenderer(site, theme, sink, content.Paths, _render).RenderAsync(cancellation, (section, _) => Done(section));
            _render.End();
            return new SessionBuild(sink.Files, [], [.. content.Warnings, .. assembleWarnings], clock.Elapsed, site.Plans.Count, _render.Rendered, content.Config.BasePath)
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
            var error = new BuildError(BuildStage.Load, new Model.SourceLocation(Options.SiteDirectory), e.Message, "save the file again");
            return new SessionBuild(null, [error], [], TimeSpan.Zero, 0, 0);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            // A defect of RaQuan rather than of the content. It is shown like a content error, so the page says the
            // site is not up to date, and the caches, which the build may have left half-updated, start afresh so
            // the next save builds from the files alone.
            (_plans, _render) = (new PlanSourceCache(), new RenderCache());
            return new SessionBuild(null, [ContentErrors.Unexpected(Options.SiteDirectory, e)], [], TimeSpan.Zero, 0, 0);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stands for every input other than the plan files: the other content files and the build options.</summary>
    private string SiteStamp(ContentPaths paths)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Options.Now:O} {Options.IncludeDrafts} {Options.IncludeFuture} {Options.IncludeExpired}\n");
        var plans = paths.PlansDirectory + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(paths.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if ((file.StartsWith(plans, StringComparison.Ordinal) && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) || paths.IsSpecial(file))
            {
                continue;
            }

            var info = new FileInfo(file);
            text.Append(file).Append(' ').Append(info.Length).Append(' ');
            text.Append(info.Length <= HashedFileLimit
                ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))
                : info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            text.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
