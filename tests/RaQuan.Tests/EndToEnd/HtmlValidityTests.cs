using AngleSharp.Html.Parser;

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
        var fragments = 0;
        var files = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(site.Output, file);
            var page = Parse(name, File.ReadAllText(file), errors);

            // The paste-ready HTML a plan page quotes is an article, not a document: checked inside the smallest valid one.
            if (page.QuerySelector("textarea.paste-html") is AngleSharp.Html.Dom.IHtmlTextAreaElement box)
            {
                fragments++;
                Parse(name + " (paste-ready HTML)", $"<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head><body>{box.Value}</body></html>", errors);
            }
        }

        Assert.True(files.Count > 50, $"only {files.Count} pages");
        Assert.True(fragments > 5, $"only {fragments} plan pages quote their paste-ready HTML");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [NuHtmlCheckerFact]
    public void Every_page_of_the_sample_site_passes_the_Nu_HTML_Checker()
    {
        Assert.True(NuHtmlChecker.Unavailable is null, NuHtmlChecker.Unavailable);
        using var site = SampleSite.Build();
        var errors = NuHtmlChecker.Errors(site.Output);
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n" + string.Join("\n", errors));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string name, string html, List<string> errors)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        parser.Error += (_, e) => errors.Add($"{name}: {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message} at {((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position}");
        return parser.ParseDocument(html);
    }
}
