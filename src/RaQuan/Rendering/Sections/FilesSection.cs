namespace RaQuan.Rendering.Sections;

/// <summary>Files copied as they are: the theme's assets and plan attachments (the static/ folder: <see cref="StaticSection"/>).</summary>
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

        return Task.CompletedTask;
    }
}
