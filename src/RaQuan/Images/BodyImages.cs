using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RaQuan.Loading;
using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Images;

/// <summary>
/// Images in plans and pages. A local image is written from the site folder: <c>/anh/so-do.png</c> is
/// <c>static/anh/so-do.png</c>, <c>/files/so-do.png</c> (or <c>files/so-do.png</c>) is <c>files/so-do.png</c>, which is
/// then published. The address is rewritten with the base URL's path, so it works when the site lives under a
/// sub-path; an image that is not there, or outside both folders, is an error at its line rather than a broken picture.
/// </summary>
internal static class BodyImages
{
    public static string Resolve(string markdown, SourceLocation source, ContentPaths paths, SiteUrls urls, Action<string> publish, List<BuildError> errors)
    {
        if (!markdown.Contains("![", StringComparison.Ordinal))
        {
            return markdown;
        }

        var edits = new List<(int Start, int Length, string Url)>();
        foreach (var image in Markdown.Parse(markdown, MarkdownRenderer.Pipeline).Descendants<LinkInline>().Where(l => l.IsImage && l.Url is { Length: > 0 }))
        {
            var url = image.Url!.Trim();
            if (url.Contains(':') || url.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var at = source with { Line = source.Line + image.Line, Column = image.Column + 1 };
            var path = Uri.UnescapeDataString(url.Split('?', '#')[0]).TrimStart('/');
            var inFiles = path.StartsWith("files/", StringComparison.Ordinal);
            var full = inFiles ? paths.ResolveInside(path) : Inside(paths.StaticDirectory, path);
            if (full is null || path.Contains('\\'))
            {
                errors.Add(ContentErrors.BodyImageOutside(at, url));
                continue;
            }

            if (!File.Exists(full))
            {
                errors.Add(ContentErrors.MissingImage(at, url, paths.Display(full)) with { Fix = Messages.BodyImageMissingFix });
                continue;
            }

            if (inFiles)
            {
                publish(path);
            }

            var span = image.UrlSpan;
            if (span.IsEmpty || span.Start < 0 || span.End >= markdown.Length)
            {
                continue;
            }

            edits.Add((span.Start, span.Length, urls.Href(path)));
        }

        var text = markdown;
        foreach (var (start, length, rewritten) in edits.OrderByDescending(e => e.Start))
        {
            text = string.Concat(text.AsSpan(0, start), rewritten, text.AsSpan(start + length));
        }

        return text;
    }

    private static string? Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
