using RaQuan.Loading;
using RaQuan.Output;

namespace RaQuan.Rendering.Sections;

/// <summary>
/// The site's static/ folder, copied as it is to the site root, but for names starting with "." (<see cref="ContentPaths.IsPrivateStatic"/>). Runs last, when every generated file is written, so
/// a static file with the path of one (static/index.html, static/rss.xml) is reported rather than written over it.
/// </summary>
internal static class StaticSection
{

    public static Task RenderAsync(RenderContext context)
    {
        var folder = context.Paths.StaticDirectory;
        if (!Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        var generated = new GeneratedFiles(context.Sink.Paths);
        var diagnostics = new Diagnostics(BuildStage.Write);
        var published = new List<(string File, string Path)>();
        foreach (var (file, path) in context.Paths.StaticFiles())
        {
            if (!OutputPaths.IsSafe(path))
            {
                diagnostics.Add(ContentErrors.StaticUnsafeName(context.Paths.Display(file)));
            }
            else if (ContentPaths.IsPrivateStatic(path))
            {
                continue;
            }
            else if (generated.Contains(path))
            {
                diagnostics.Add(ContentErrors.StaticOverwrites(context.Paths.Display(file), path));
            }
            else if (generated.FolderClash(path) is { } output)
            {
                diagnostics.Add(ContentErrors.StaticClashesWithFolder(context.Paths.Display(file), output));
            }
            else
            {
                published.Add((file, path));
            }
        }

        diagnostics.ThrowIfErrors();
        foreach (var (file, path) in published)
        {
            context.Sink.Copy(file, path);
        }

        return Task.CompletedTask;
    }
}
