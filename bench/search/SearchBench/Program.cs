using System.Globalization;
using Microsoft.Playwright;

// Measures the search page of a built site in Chromium with 4× CPU throttling: bytes downloaded and answer time
// per query, each query in a fresh browser context (nothing cached). Usage: SearchBench SITE_URL [QUERY…]
var site = args[0].TrimEnd('/') + "/";
string[] queries = args.Length > 1 ? args[1..] : ["ke hoach ra quan", "dak ha", "66/KH-UBND", "hòa bình", "nước sạch thôn 4", "xyzzy"];

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
Console.WriteLine("| query | results | KB downloaded (cold) | answer ms (cold) | answer ms (warm) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var query in queries)
{
    var context = await browser.NewContextAsync();
    var page = await context.NewPageAsync();
    var cdp = await context.NewCDPSessionAsync(page);
    await page.GotoAsync(site + "tim-kiem/");
    await cdp.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = 4 });
    var (cold, status) = await TimeAsync(page, query);
    var bytes = await page.EvaluateAsync<double>("performance.getEntriesByType('resource').filter(e => e.name.includes('/tim-kiem/du-lieu/') || e.initiatorType === 'fetch').reduce((s, e) => s + e.transferSize, 0)");
    await page.FillAsync("#q", "");
    var (warm, _) = await TimeAsync(page, query);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {query} | {status} | {bytes / 1024:0.0} | {cold:0} | {warm:0} |"));
    await context.CloseAsync();
}

// From pressing Enter to the first page of results (or the "nothing found" line) on the page, timed in the page.
static async Task<(double Ms, string Status)> TimeAsync(IPage page, string query)
{
    await page.FillAsync("#q", query);
    var result = await page.EvaluateAsync<double[]>("""
        () => new Promise(resolve => {
          const status = document.getElementById('search-status'), list = document.getElementById('search-results');
          status.textContent = '';
          const t0 = performance.now();
          const done = () => {
            const s = status.textContent;
            if (s.startsWith('Không tìm thấy') || (s.startsWith('Tìm thấy') && list.children.length > 0)) {
              observer.disconnect();
              resolve([performance.now() - t0, s.startsWith('Tìm thấy') ? parseInt(s.match(/Tìm thấy ([\d.]+)/)[1].replace(/\./g, ''), 10) : 0]);
            }
          };
          const observer = new MutationObserver(done);
          observer.observe(document.getElementById('noi-dung'), { childList: true, subtree: true, characterData: true });
          document.getElementById('tim-kiem').requestSubmit();
        })
        """);
    return (result[0], result[1].ToString(CultureInfo.InvariantCulture));
}
