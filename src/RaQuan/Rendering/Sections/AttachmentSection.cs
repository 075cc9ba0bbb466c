using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Sections;

/// <summary>
/// The plans' attachments, copied to the same path in the site as in the content folder. Runs when every generated
/// file is written, so an attachment with the path of one (rss.xml, index.html, assets/search.js) is a content
/// error naming both rather than a file written twice.
/// </summary>
internal static class AttachmentSection
{

    /// <param name="shown">The files of files/ that the bodies of each section show.</param>
    public static Task RenderAsync(RenderContext context, IEnumerable<BodyFiles> shown)
    {
        var generated = new GeneratedFiles(context.Sink.Paths);
        var diagnostics = new Diagnostics(BuildStage.Write);
        var attachments = context.Site.Plans
            .SelectMany(plan => plan.Attachments.Select(a => (Plan: plan, a.Path)))
            .DistinctBy(a => a.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var (plan, path) in attachments)
        {
            if (generated.Contains(path))
            {
                diagnostics.Add(ContentErrors.AttachmentOverwrites(plan.Source, path, path));
            }
            else if (generated.FolderClash(path) is { } output)
            {
                diagnostics.Add(ContentErrors.AttachmentClashesWithFolder(plan.Source, path, output));
            }
        }

        diagnostics.ThrowIfErrors();
        foreach (var (_, path) in attachments)
        {
            context.Sink.Copy(context.Paths.ResolveInside(path)!, path);
        }

        // Images that bodies show from files/ (Images.BodyImages), once each and in a fixed order.
        var copied = attachments.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in shown.SelectMany(f => f.All).Distinct(StringComparer.Ordinal).Where(p => !copied.Contains(p)).Order(StringComparer.Ordinal))
        {
            if (context.Paths.ResolveInside(path) is { } full && File.Exists(full))
            {
                context.Sink.Copy(full, path);
            }
        }

        return Task.CompletedTask;
    }
}
