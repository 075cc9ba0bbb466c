using AngleSharp.Html.Parser;
using RaQuan.Tests.Support;

namespace RaQuan.Tests.EndToEnd;

/// <summary>
/// Every page of the sample site parses without a single HTML parse error. The Nu Html Checker is not on the
/// package registries this project can reach, so the HTML5 parser's own error reporting stands in for it:
/// it catches unclosed and misnested elements, stray end tags, bad attributes and character references.
/// </summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public void Every_page_of_the_sample_site_parses_without_HTML_errors()
    {
        using var site = SampleSite.Build();
        var errors = new List<string>();
        var files = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(site.Output, file);
            var html = File.ReadAllText(file);

            // The paste-ready fragment is an article, not a document: check it inside the smallest valid document.
            if (name.EndsWith("fragment.html", StringComparison.Ordinal))
            {
                html = $"<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head><body>{html}</body></html>";
            }

            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            parser.Error += (_, e) => errors.Add($"{name}: {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message} at {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position}");
            parser.ParseDocument(html);
        }

        Assert.True(files.Count > 50, $"only {files.Count} pages");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
