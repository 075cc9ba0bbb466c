using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace RaQuan.Tests.Browser;

/// <summary>
/// OWASP's filter-evasion vectors (xss-vectors.txt) placed everywhere content lands — Markdown, raw HTML, every
/// front matter field, unit names — and every page opened in Chromium: none may run, none may leave a script URL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InjectionTests(Support.Browser browser)
{
    private const int PerPage = 6;

    /// <summary>Runs in each page: every trace a vector could leave in the DOM, as a list of findings.</summary>
    private const string FindDangerousMarkup = """
        () => {
          const found = [];
          const scheme = /^(javascript|vbscript|livescript|data:(?!image\/(png|jpe?g|gif|webp)))/;
          for (const el of document.querySelectorAll('*')) {
            const tag = el.tagName.toLowerCase();
            // The theme's own search forms (header and search page) submit to the site's search page; content never
            // yields a form, since the sanitizer drops them.
            const themeSearch = tag === 'form' && el.getAttribute('role') === 'search'
              && new URL(el.action).origin === location.origin && new URL(el.action).pathname.endsWith('/tim-kiem/');
            if (['iframe', 'frame', 'object', 'embed', 'base', 'form', 'svg', 'math'].includes(tag) && !themeSearch) found.push('<' + tag + '>');
            if (tag === 'meta' && el.httpEquiv) found.push('<meta http-equiv=' + el.httpEquiv + '>');
            if (tag === 'script') {
              // Only data may sit in a script (JSON-LD); a "</script>" in a title would cut it short and break the JSON.
              const themeScript = el.src && new URL(el.src).origin === location.origin && new URL(el.src).pathname.endsWith('/assets/search.js');
              if (el.type !== 'application/ld+json' && !themeScript) found.push('<script> that is not JSON-LD or the theme\'s search script');
              else if (themeScript) continue;
              else try { JSON.parse(el.textContent); } catch (e) { found.push('JSON-LD that does not parse: ' + e.message); }
            }
            for (const a of el.attributes) {
              const value = a.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
              if (a.name.toLowerCase().startsWith('on')) found.push(tag + ' ' + a.name + '=' + a.value);
              if (a.name !== 'content' && a.name !== 'title' && a.name !== 'alt' && scheme.test(value)) found.push(tag + ' ' + a.name + '=' + a.value);
              if (a.name === 'style' && /expression|url\s*\(/i.test(a.value)) found.push(tag + ' style=' + a.value);
            }
          }
          return found;
        }
        """;

    [BrowserFact]
    public async Task No_xss_vector_runs_or_leaves_a_script_url_on_any_page()
    {
        var vectors = Vectors();
        Assert.True(vectors.Count >= 40, $"only {vectors.Count} vectors");
        using var site = TestSite.Create(SiteWith(vectors));
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync(width: 1024);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("ke-hoach/xss-1/index.html", pages);
        Assert.Contains($"dia-ban/xss-{(vectors.Count + PerPage - 1) / PerPage}/index.html", pages);
        var problems = new List<string>();
        foreach (var path in pages)
        {
            problems.AddRange((await Inspect(page, server.BaseUrl + path)).Select(p => $"{path}: {p}"));
        }

        Assert.Empty(dialogs);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        AssertFeedsCarryNoDangerousMarkup(site.Output);

        // The hook and the checks do catch a vector that gets through.
        File.WriteAllText(Path.Combine(site.Output, "control.html"), "<!doctype html><title>x</title><p>" + vectors[6]);
        Assert.Contains(await Inspect(page, server.BaseUrl + "control.html"), p => p.StartsWith("window.__xss", StringComparison.Ordinal));
    }

    private static async Task<List<string>> Inspect(IPage page, string url)
    {
        await page.GotoAsync(url);

        // Handlers such as onerror and ontoggle fire after load; let them.
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 20)))");
        var found = (await page.EvaluateAsync<string[]>(FindDangerousMarkup)).ToList();
        if (await page.EvaluateAsync<string?>("() => window.__xss === undefined ? null : String(window.__xss)") is { } xss)
        {
            found.Insert(0, $"window.__xss = {xss}: vector {xss} ran");
        }

        if (page.Url != url)
        {
            found.Add($"the page went to {page.Url}");
        }

        return found;
    }

    private static void AssertFeedsCarryNoDangerousMarkup(string output)
    {
        var feeds = Directory.EnumerateFiles(output, "*.xml", SearchOption.AllDirectories).ToList();
        Assert.Contains(feeds, f => f.EndsWith("rss.xml", StringComparison.Ordinal));
        foreach (var feed in feeds)
        {
            var xml = XDocument.Parse(File.ReadAllText(feed));
            foreach (var html in xml.Descendants().Where(e => e.Name.LocalName is "description" or "encoded").Select(e => e.Value))
            {
                var body = new HtmlParser().ParseDocument("<body>" + html).Body!;
                Assert.Empty(body.QuerySelectorAll("script, style, iframe, frame, object, embed, base, form, svg, math, meta, link"));
                Assert.DoesNotContain(body.Descendants<IElement>().SelectMany(e => e.Attributes),
                    a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || IsScriptUrl(a.Value));
            }
        }
    }

    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => c > ' ' && c != '\u007f').ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:text", StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> Vectors() =>
        File.ReadAllLines(Path.Combine(TestEnvironment.RepositoryRoot, "tests", "RaQuan.Tests", "Browser", "xss-vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

    /// <summary>
    /// A plan and a commune for each group of <see cref="PerPage"/> vectors, so every vector lands in every field, in
    /// the text, inline, in a heading and in a table, on few enough pages to open them all quickly.
    /// </summary>
    private static string SiteWith(List<string> vectors)
    {
        static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

        var files = new StringBuilder();
        var units = new StringBuilder("""
            -- content/plans/dak-la.md --
            (deleted)
            -- content/plans/dak-r-lap.md --
            (deleted)
            -- content/units.yml --
            units:
              - name: Kon Tum
                kind: tỉnh
                children:
                  - name: Kon Rẫy
                    kind: huyện
                    children:

            """);
        var groups = vectors.Chunk(PerPage).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            var v = Quoted(string.Concat(groups[i]));
            var n = i + 1;
            var body = string.Concat(groups[i].Select(vector => $"""
                {vector}

                Đoạn văn có {vector} ở giữa câu.

                ## Mục {vector}

                | Cột | {vector} |
                |---|---|
                | {vector} | ô |


                """));
            units.Append($"          - {{ name: {v}, kind: xã, slug: xss-{n} }}\n");
            files.Append($"""
                -- content/plans/xss-{n}.md --
                ---
                title: {v}
                slug: xss-{n}
                number: {v}
                date: 2024-01-{1 + (i % 28):00}
                issuer: {v}
                unit: xss-{n}
                signer: {"{"} name: {v}, authority: [{v}] {"}"}
                summary: {v}
                tags: [{v}, "ra quân"]
                ---
                {body}

                """);
        }

        return units + files.ToString();
    }
}
