using RaQuan.Building;
using RaQuan.Output;

namespace RaQuan.Rendering.Sections;

/// <summary>
/// The site's static/ folder, copied as it is to the site root. Runs last, when every generated file is written, so
/// a static file with the path of one (static/index.html, static/rss.xml) is reported rather than written over it.
/// </summary>
internal sealed class StaticSection : ISiteSection
{
    public bool NeedsEveryPage => true;

    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        var folder = context.Paths.StaticDirectory;
        if (!Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        var generated = context.Sink.Paths.ToHashSet(StringComparer.Ordinal);

        // Each folder of the site with the first generated file in it, to name in a message.
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in generated)
        {
            foreach (var parent in Parents(path))
            {
                if (!folders.TryGetValue(parent, out var first) || string.CompareOrdinal(path, first) < 0)
                {
                    folders[parent] = path;
                }
            }
        }

        var diagnostics = new Diagnostics(BuildStage.Write);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => (File: file, Path: Path.GetRelativePath(folder, file)))
            .ToList();
        foreach (var (file, path) in files)
        {
            if (!OutputPaths.IsSafe(path))
            {
                diagnostics.Add(ContentErrors.StaticUnsafeName(context.Paths.Display(file)));
            }
            else if (generated.Contains(path))
            {
                diagnostics.Add(ContentErrors.StaticOverwrites(context.Paths.Display(file), path));
            }
            else if ((folders.GetValueOrDefault(path) ?? Parents(path).FirstOrDefault(generated.Contains)) is { } output)
            {
                diagnostics.Add(ContentErrors.StaticClashesWithFolder(context.Paths.Display(file), output));
            }
        }

        diagnostics.ThrowIfErrors();
        foreach (var (file, path) in files)
        {
            context.Sink.Copy(file, path);
        }

        return Task.CompletedTask;
    }

    /// <summary>"a/b/c.txt" → "a", "a/b".</summary>
    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
