namespace RaQuan.Rendering.Sections;

/// <summary>
/// The theme's assets and the site's logo and favicon (site.yml <c>theme:</c>), copied as they are (attachments:
/// <see cref="AttachmentSection"/>; the static/ folder: <see cref="StaticSection"/>).
/// </summary>
internal static class FilesSection
{
    public static Task RenderAsync(RenderContext context)
    {
        foreach (var asset in context.Theme.Assets)
        {
            context.Sink.Write(asset.Path, asset.Content);
        }

        foreach (var file in new[] { context.Site.Config.Branding.Logo, context.Site.Config.Branding.Favicon }.OfType<Model.BrandFile>())
        {
            context.Sink.Write(file.Path, File.ReadAllBytes(file.Source));
        }

        return Task.CompletedTask;
    }
}
