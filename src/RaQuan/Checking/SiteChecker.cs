using System.Xml;
using RaQuan.Documents;
using RaQuan.Loading;
using RaQuan.Rendering;

namespace RaQuan.Checking;

/// <summary>
/// <c>raquan check</c>: everything a build would report, the document reader's date warnings, then a build into a
/// temporary folder whose links, feeds and sitemap are checked. Nothing is published.
/// </summary>
public static class SiteChecker
{
    /// <param name="options">What to check; its output folder is not used.</param>
    public static async Task<CheckReport> CheckAsync(BuildOptions options, ITheme theme, CancellationToken cancellation = default)
    {
        var findings = new List<CheckFinding>();
        var temp = Directory.CreateTempSubdirectory("raquan-check-").FullName;
        try
        {
            var output = Path.Combine(temp, "site");
            BuildResult result;
            try
            {
                result = await SiteBuilder.BuildAsync(options with { OutputDirectory = output }, theme, cancellation);
            }
            catch (BuildException e)
            {
                findings.AddRange(e.Errors.Select(ToFinding));
                return new CheckReport(findings, [], 0);
            }

            findings.AddRange(result.Warnings.Select(ToFinding));
            var content = ContentLoader.Load(options.SiteDirectory);
            findings.AddRange(ReaderWarnings(content));

            var links = new LinkScanner(output, content.Config.BaseUrl);
            links.Scan();
            findings.AddRange(BrokenLinkSources.Locate(links.Broken, content, content.Config.BaseUrl));
            findings.AddRange(XmlProblems(output));
            var external = links.External.Select(e => new ExternalLink(e.Key, [.. e.Value])).ToList();
            return new CheckReport(findings, external, result.Files);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static CheckFinding ToFinding(BuildError e) =>
        new(e.IsWarning ? "warning" : "error", "content", e.Location.File, e.Location.Line > 0 ? e.Location.Line : null, e.Location.Column > 0 ? e.Location.Column : null, e.Message, e.Fix);

    // The reader checks each "thứ Ba, ngày 20/02/2024" of a plan's text against the calendar. Plans pasted as
    // documents were read while loading, and their warnings are already among the build's.
    private static IEnumerable<CheckFinding> ReaderWarnings(LoadedContent content)
    {
        foreach (var plan in content.Plans.Where(p => p.Reading is null))
        {
            foreach (var warning in DocumentReader.Read(plan.ReadBody()).Warnings.Where(DocumentWarnings.IsWeekdayMismatch))
            {
                var (line, message) = DocumentWarnings.SplitLine(warning);
                yield return new CheckFinding("warning", "content", plan.Source.File, line is { } l ? plan.BodyLine + l - 1 : null, null, message,
                    Messages.CheckWeekdayFix);
            }
        }
    }

    private static IEnumerable<CheckFinding> XmlProblems(string output)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var file in Directory.EnumerateFiles(output, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string? problem = null;
            int? line = null, column = null;
            try
            {
                using var reader = XmlReader.Create(file, settings);
                while (reader.Read())
                {
                }
            }
            catch (XmlException e)
            {
                (problem, line, column) = (e.Message, e.LineNumber, e.LinePosition);
            }

            if (problem is not null)
            {
                yield return new CheckFinding("error", "xml", Path.GetRelativePath(output, file).Replace('\\', '/'), line, column,
                    UiLanguage.Format(Messages.XmlNotWellFormed, problem), Messages.XmlNotWellFormedFix);
            }
        }
    }
}
