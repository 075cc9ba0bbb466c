using RaQuan.Loading;
using RaQuan.Rendering;

namespace RaQuan.Checking;

/// <summary>
/// Puts a broken link found in the built site back where staff can fix it: the Markdown file and line that hold it.
/// A link found on several pages is reported once, at its source.
/// </summary>
internal static class BrokenLinkSources
{
    public static IEnumerable<CheckFinding> Locate(IEnumerable<(CheckFinding Finding, string Href)> broken, LoadedContent content, Uri baseUrl)
    {
        var basePath = content.Config.BasePath;
        // The folder each content file is built into, and the file with its text.
        var sources = new Dictionary<string, (string File, Func<string> Body, int BodyLine)>(StringComparer.Ordinal);
        foreach (var plan in content.Plans)
        {
            sources.TryAdd($"{SiteUrls.PlansSection}/{plan.Slug}/", (plan.Source.File, plan.ReadBody, plan.BodyLine));
        }

        foreach (var page in content.Pages)
        {
            sources.TryAdd($"{page.Slug}/", (page.Source.File, () => page.Body, page.BodyLine));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (finding, href) in broken)
        {
            var folder = finding.File[..(finding.File.LastIndexOf('/') + 1)];
            // A link to the site written with its full address is looked for as the page has it, under the base path.
            var written = href.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal) ? basePath + href[baseUrl.AbsoluteUri.Length..] : href;
            var located = sources.TryGetValue(folder, out var source) && Find(source.Body(), written, basePath) is var (line, column, form)
                ? finding with
                {
                    File = source.File, Line = source.BodyLine + line, Column = column,
                    Message = finding.Message.Replace($"\"{href}\"", $"\"{form}\"", StringComparison.Ordinal),
                }
                : finding;
            if (seen.Add(located.ToString()))
            {
                yield return located;
            }
        }
    }

    // The 0-based line and 1-based column of the link in the Markdown, written as the page has it or without the
    // site's base path (a link written "/ke-hoach/x/" is given the base path when the page is made).
    private static (int Line, int Column, string Form)? Find(string body, string href, string basePath)
    {
        string[] forms = href.StartsWith(basePath, StringComparison.Ordinal) && basePath.Length > 1
            ? [href, "/" + href[basePath.Length..], href[basePath.Length..]]
            : [href];
        var lines = body.Split('\n');
        foreach (var form in forms.Where(f => f.Length > 0))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var at = lines[i].IndexOf(form, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return (i, at + 1, form);
                }
            }
        }

        return null;
    }
}
