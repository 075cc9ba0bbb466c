namespace RaQuan.Rendering.Sections;

/// <summary>Files copied as they are: the theme's assets, plan attachments, and the site's static/ folder.</summary>
internal sealed class FilesSection : ISiteSection
{
    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        foreach (var asset in context.Theme.Assets)
        {
            context.Sink.Write(asset.Path, asset.Content);
        }

        foreach (var path in context.Site.Plans.SelectMany(p => p.Attachments).Select(a => a.Path).Distinct(StringComparer.Ordinal))
        {
            context.Sink.Copy(context.Paths.ResolveInside(path)!, path);
        }

        var staticDirectory = context.Paths.StaticDirectory;
        if (Directory.Exists(staticDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(staticDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                context.Sink.Copy(file, Path.GetRelativePath(staticDirectory, file).Replace('\\', '/'));
            }
        }

        return Task.CompletedTask;
    }
}
