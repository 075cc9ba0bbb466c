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

        var attachments = context.Site.Plans.SelectMany(p => p.Attachments).Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in attachments)
        {
            context.Sink.Copy(context.Paths.ResolveInside(path)!, path);
        }

        // Images that bodies show from files/ (Images.BodyImages), once each and in a fixed order.
        foreach (var path in context.BodyFiles.Keys.Where(p => !attachments.Contains(p)).Order(StringComparer.Ordinal))
        {
            if (context.Paths.ResolveInside(path) is { } full && File.Exists(full))
            {
                context.Sink.Copy(full, path);
            }
        }

        return Task.CompletedTask;
    }
}
