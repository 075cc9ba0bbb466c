using AngleSharp.Html.Parser;
using RaQuan.Tests.Support;

namespace RaQuan.Tests.EndToEnd;

/// <summary>
/// Every page of the sample site is valid HTML: the Nu HTML Checker (the W3C validator) finds no error, and the
/// HTML5 parser reports no parse error (a quick check that runs without Java).
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

    [NuHtmlCheckerFact]
    public void Every_page_of_the_sample_site_passes_the_Nu_HTML_Checker()
    {
        Assert.True(NuHtmlChecker.Unavailable is null, NuHtmlChecker.Unavailable);
        using var site = SampleSite.Build();

        // The paste-ready fragments are articles to paste into a portal's page, not documents: checked by the parser test.
        foreach (var fragment in Directory.EnumerateFiles(site.Output, "fragment.html", SearchOption.AllDirectories))
        {
            File.Delete(fragment);
        }

        var errors = NuHtmlChecker.Errors(site.Output);
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n" + string.Join("\n", errors));
    }
}
