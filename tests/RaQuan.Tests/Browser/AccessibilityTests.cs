using Microsoft.Playwright;

namespace RaQuan.Tests.Browser;

/// <summary>The sample site in Chromium: axe-core's WCAG 2.1 A/AA rules, keyboard, reflow, no JavaScript, no third parties.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(Support.Browser browser, AccessibilityTests.BuiltSample sample) : IClassFixture<AccessibilityTests.BuiltSample>
{
    private const string AxeRun = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    [AxeFact]
    public async Task Every_page_kind_passes_axe_WCAG_21_AA_at_320_and_1280_px_and_is_photographed()
    {
        await using var server = await StaticServer.StartAsync(Sample.Site.Output, SampleSite.BasePath);
        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var page = await browser.NewPageAsync(width: 1280);

        // The harness must be able to see a violation at all, or zero violations would prove nothing.
        await page.SetContentAsync("<!DOCTYPE html><html lang=vi><title>x</title><main><img src=x.png></main></html>");
        Assert.Contains(await RunAxeAsync(page), v => v.StartsWith("image-alt", StringComparison.Ordinal));

        var violations = new List<string>();
        var phone = await browser.NewPageAsync(width: 320);
        foreach (var path in SampleSite.PageKinds)
        {
            await page.GotoAsync(server.BaseUrl + path);
            violations.AddRange((await RunAxeAsync(page)).Select(v => $"/{path}: {v}"));
            await phone.GotoAsync(server.BaseUrl + path);
            violations.AddRange((await RunAxeAsync(phone)).Select(v => $"/{path} at 320 px: {v}"));
            var name = (path.Length == 0 ? "home" : path.Replace('/', '_').Replace(".html", "")).TrimEnd('_');
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, $"{name}-1280.png"), FullPage = true });
            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, $"{name}-320.png"), FullPage = true });
        }

        Assert.True(violations.Count == 0, "axe found:\n" + string.Join("\n", violations));
    }

    private static async Task<string[]> RunAxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe.Script });
        return await page.EvaluateAsync<string[]>(AxeRun);
    }

    [BrowserFact]
    public async Task Tab_reaches_every_link_and_control_in_document_order_with_a_visible_focus_indicator()
    {
        await using var server = await StaticServer.StartAsync(Sample.Site.Output, SampleSite.BasePath);
        var page = await browser.NewPageAsync(width: 1280);
        foreach (var path in new[] { SampleSite.PageKinds[2], "" })
        {
            await page.GotoAsync(server.BaseUrl + path);
            var expected = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('a[href], input:not([type=hidden]), select, textarea, button, summary, [tabindex=\"0\"]')].filter(e => e.localName === 'summary' || !e.closest('details:not([open])')).map(e => e.outerHTML.slice(0, 80))");
            for (var i = 0; i < expected.Length; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 80)");
                Assert.True(expected[i] == focused, $"/{path}: Tab stop {i + 1} is {focused}, expected {expected[i]}");

                // A focus indicator is a change of outline, shadow or background against the same element unfocused.
                var visible = await page.EvaluateAsync<bool>("""
                    () => {
                      const e = document.activeElement, look = s => [s.outlineStyle + s.outlineWidth, s.boxShadow, s.backgroundColor].join();
                      const focused = look(getComputedStyle(e));
                      e.blur(); const blurred = look(getComputedStyle(e)); e.focus();
                      return focused !== blurred;
                    }
                    """);
                Assert.True(visible, $"/{path}: no visible focus on {focused}");
            }
        }
    }

    [BrowserFact]
    public async Task Every_page_kind_reflows_at_320_px_and_at_200_percent_zoom_without_sideways_scrolling()
    {
        await using var server = await StaticServer.StartAsync(Sample.Site.Output, SampleSite.BasePath);

        // WCAG 1.4.10: 320 CSS px is 1280 px at 400 %; 640 CSS px is a 1280 px window at 200 %.
        foreach (var width in new[] { 320, 640 })
        {
            var page = await browser.NewPageAsync(width: width);
            foreach (var path in SampleSite.PageKinds)
            {
                await page.GotoAsync(server.BaseUrl + path);
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"/{path} scrolls sideways by {overflow} px at {width} px");
            }
        }
    }

    [BrowserFact]
    public async Task Every_page_kind_works_without_JavaScript_and_requests_nothing_from_other_sites()
    {
        await using var server = await StaticServer.StartAsync(Sample.Site.Output, SampleSite.BasePath);
        var page = await browser.NewPageAsync(javaScript: false);
        var origin = new Uri(server.BaseUrl).GetLeftPart(UriPartial.Authority);
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        foreach (var path in SampleSite.PageKinds)
        {
            var response = await page.GotoAsync(server.BaseUrl + path);
            Assert.True(response!.Ok || path == "404.html", $"/{path}: HTTP {response.Status}");
            Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"/{path}: no visible heading without JavaScript");
            Assert.True(await page.Locator("main").InnerTextAsync() is { Length: > 40 }, $"/{path}: main is (nearly) empty without JavaScript");
        }

        Assert.Empty(foreign);
    }

    private BuiltSample Sample { get; } = sample;

    /// <summary>The sample site, built once for all tests of the class.</summary>
    public sealed class BuiltSample : IDisposable
    {
        internal TestSite Site { get; } = SampleSite.Build();

        public void Dispose() => Site.Dispose();
    }
}
