namespace RaQuan.Rendering.Sections;

/// <summary>The theme's assets, copied as they are (attachments: <see cref="AttachmentSection"/>; the static/ folder: <see cref="StaticSection"/>).</summary>
internal sealed class FilesSection : ISiteSection
{
    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        foreach (var asset in context.Theme.Assets)
        {
            context.Sink.Write(asset.Path, asset.Content);
        }

        return Task.CompletedTask;
    }
}
