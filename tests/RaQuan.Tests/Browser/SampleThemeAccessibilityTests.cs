using Microsoft.Playwright;
using RaQuan.Tests.Themes;

namespace RaQuan.Tests.Browser;

/// <summary>The sample theme site (a province's layout, plan view, logo and colours) keeps the built-in theme's WCAG 2.1 AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleThemeAccessibilityTests(Support.Browser browser, SampleThemeTests.Built built) : IClassFixture<SampleThemeTests.Built>
{
    private const string AxeRun = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    [AxeFact]
    public async Task The_home_and_a_plan_page_pass_axe_at_320_and_1280_px()
    {
        await using var server = await StaticServer.StartAsync(built.Site.Output, SampleSite.BasePath);
        var violations = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            var page = await browser.NewPageAsync(width: width);
            foreach (var path in new[] { "", SampleThemeTests.PlanPage.Replace("index.html", "", StringComparison.Ordinal), "dia-ban/kon-tum/" })
            {
                await page.GotoAsync(server.BaseUrl + path);
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe.Script });
                violations.AddRange((await page.EvaluateAsync<string[]>(AxeRun)).Select(v => $"/{path} at {width} px: {v}"));
            }
        }

        Assert.True(violations.Count == 0, "axe found:\n" + string.Join("\n", violations));
    }
}
