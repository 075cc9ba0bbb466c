using Microsoft.Playwright;

namespace RaQuan.Tests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageBrowserTests(Support.Browser browser, SampleSearchServer sample) : IClassFixture<SampleSearchServer>
{
    private StaticServer _server => sample.Server;

    /// <summary>One page answers every query in turn: a browser context is the slow part of a browser test.</summary>
    [BrowserFact]
    public async Task Queries_find_plans_and_ceremonies_without_diacritics_by_number_and_say_when_nothing_matches()
    {
        var page = await OpenAsync();
        await Typing_without_diacritics_or_in_capitals_finds_both_spellings_of_Dak_Ha_and_its_ceremony(page);
        await Ra_quan_finds_the_launch_ceremony_plans(page);
        await A_plan_number_finds_its_plan_first_however_it_is_typed(page);
        await Hoa_finds_both_tone_placements_and_an_accented_query_ranks_exact_forms_first(page);
        await A_query_with_no_match_says_so(page);
    }

    private static async Task Typing_without_diacritics_or_in_capitals_finds_both_spellings_of_Dak_Ha_and_its_ceremony(IPage page)
    {
        foreach (var query in new[] { "dak ha", "DAK HA" })
        {
            var titles = await SearchAsync(page, query);
            Assert.Contains("Kế hoạch dọn vệ sinh thôn 1 thị trấn Đăk Hà", titles);
            Assert.Contains("Kế hoạch phát động phong trào thi đua yêu nước năm 2024 trên địa bàn xã Đắk La", titles);
            Assert.Contains("Lễ ra quân huyện Đắk Hà", titles);
        }

        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains("Đăk", marks);
        Assert.Contains("Hà", marks);
    }

    private static async Task Ra_quan_finds_the_launch_ceremony_plans(IPage page)
    {
        var titles = await SearchAsync(page, "ra quan");
        Assert.Contains("Kế hoạch triển khai các hoạt động Lễ ra quân đầu năm 2024", titles);
        Assert.Contains("Kế hoạch tổ chức Lễ ra quân điểm đầu năm 2024 tại xã Ya Xiêr", titles);
        Assert.Contains("Kế hoạch tổ chức Lễ ra quân điểm đầu năm 2024 tại xã Ia Đal", titles);
        Assert.DoesNotContain("Kế hoạch giữ gìn khối đoàn kết hoà hợp", titles);
    }

    private static async Task A_plan_number_finds_its_plan_first_however_it_is_typed(IPage page)
    {
        foreach (var query in new[] { "66/KH-UBND", "66/kh" })
        {
            var titles = await SearchAsync(page, query);
            Assert.Contains("thi đua cao điểm “Lục Ba", titles[0]);
        }

        Assert.Contains("Số 66/KH-UBND", await page.Locator(".search-result-meta").First.TextContentAsync());
    }

    private static async Task Hoa_finds_both_tone_placements_and_an_accented_query_ranks_exact_forms_first(IPage page)
    {
        var titles = await SearchAsync(page, "hoa");
        Assert.Contains("Kế hoạch xây dựng thôn văn hóa hòa thuận", titles);
        Assert.Contains("Kế hoạch giữ gìn khối đoàn kết hoà hợp", titles);

        // "hòa" and "hoà" are one word written two ways; "hóa" is another word and ranks after them.
        titles = await SearchAsync(page, "hòa");
        Assert.Equal(["Kế hoạch giữ gìn khối đoàn kết hoà hợp", "Kế hoạch xây dựng thôn văn hóa hòa thuận"],
            titles.Take(2).Order(StringComparer.Ordinal));
    }

    private static async Task A_query_with_no_match_says_so(IPage page)
    {
        var titles = await SearchAsync(page, "xyzzy ngựa bay");
        Assert.Empty(titles);
        Assert.Contains("Không tìm thấy kết quả nào", await page.Locator("#search-status").TextContentAsync());
    }

    /// <summary>A query (units, a number, topics) and the words, folded, that make a result relevant to it.</summary>
    public static TheoryData<string, string[]> PrecisionQueries => new()
    {
        { "dak ha", ["dak ha", "dakha"] },
        { "dakha", ["dak ha"] },
        { "kon ray", ["kon ray"] },
        { "66/KH-UBND", ["66/kh-ubnd"] },
        { "ra quan", ["ra quan"] },
        { "thi dua", ["thi dua"] },
        { "giao thong nong thon", ["giao thong nong thon"] },
        { "sa thay", ["sa thay"] },
    };

    [BrowserFact]
    public async Task The_first_five_results_of_unit_number_and_topic_queries_are_relevant()
    {
        var page = await OpenAsync();
        var precisions = new List<string>();
        var total = 0.0;
        foreach (var row in PrecisionQueries)
        {
            var (query, relevant) = ((string)row[0], (string[])row[1]);
            var titles = await SearchAsync(page, query);
            // Judged on the whole page a result leads to: relevant when it holds the query's words together.
            var results = await page.EvaluateAsync<string[]>("""
                () => Promise.all(Array.from(document.querySelectorAll('#search-results li h2 a')).slice(0, 5).map(a =>
                  fetch(a.href).then(r => r.text()).then(html =>
                    window.RaQuanSearch.fold(new DOMParser().parseFromString(html, 'text/html').querySelector('main').textContent))))
                """);
            Assert.NotEmpty(results);
            var hits = results.Count(r => relevant.Any(t => r.Contains(t, StringComparison.Ordinal)));
            var precision = (double)hits / results.Length;
            total += precision;
            precisions.Add($"{query}: {hits}/{results.Length} ({string.Join(" ; ", titles.Take(5))})");
        }

        // Every one of the first five is relevant, names, numbers and topics alike: a document holding the query's
        // words together, in its title, a name or its body, ranks above a scattered match ("Đắk" here, "ha" of
        // hectares there).
        Assert.All(precisions, p => Assert.Matches(@"^[^:]+: (\d)/\1 ", p));
        Assert.True(total / PrecisionQueries.Count >= 0.9, string.Join("\n", precisions));
    }

    [BrowserFact]
    public async Task Words_that_stand_together_in_a_body_rank_above_the_same_words_apart()
    {
        // The newer plan comes first in the index; only the words standing together in the older one's body can
        // lift it above.
        using var site = TestSite.Create("""
            -- content/plans/rai-rac.md --
            ---
            title: "Kế hoạch tháng hai"
            unit: kon-ray
            date: 2024-02-20
            ---
            Người dân trong thôn cùng tham gia văn nghệ mừng xuân.
            -- content/plans/dung-lien.md --
            ---
            title: "Kế hoạch tháng một"
            unit: kon-ray
            date: 2024-01-20
            ---
            Làm tốt công tác dân vận ở thôn, làng.
            """);
        site.BuildOk();
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "tim-kiem/");

        var titles = await SearchAsync(page, "dan van");
        Assert.Equal(["Kế hoạch tháng một", "Kế hoạch tháng hai"], titles.Where(t => t.StartsWith("Kế hoạch tháng", StringComparison.Ordinal)));
        Assert.Equal("Kế hoạch tháng một", titles[0]);
    }

    [BrowserFact]
    public async Task Dakha_finds_Dak_Ha_with_its_unit_page_and_marks_only_whole_words()
    {
        var page = await OpenAsync();
        var titles = await SearchAsync(page, "dakha");
        Assert.Contains("Huyện Đắk Hà", titles);
        Assert.Contains("Lễ ra quân huyện Đắk Hà", titles);

        titles = await SearchAsync(page, "dak ha");
        Assert.Equal("Địa bàn", (await page.Locator(".search-result-meta span").AllTextContentsAsync())
            .FirstOrDefault(t => t == "Địa bàn"));
        Assert.Contains("Huyện Đắk Hà", titles);

        // No mark inside a word: "ha" is not marked in "hành", nor "dak" in "daklak".
        var inside = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('#search-results mark')).filter(m => {
              const before = m.previousSibling && m.previousSibling.textContent, after = m.nextSibling && m.nextSibling.textContent;
              return (before && /[\p{L}\p{N}]$/u.test(before)) || (after && /^[\p{L}\p{N}]/u.test(after));
            }).map(m => m.parentElement.textContent)
            """);
        Assert.Empty(inside);
        Assert.Equal([[0, 2]], await page.EvaluateAsync<int[][]>("window.RaQuanSearch.matches('Hà hành', ['ha'])"));
        Assert.Equal([[0, 6]], await page.EvaluateAsync<int[][]>("window.RaQuanSearch.matches('Đắk Hà', ['dakha'])"));
    }

    [BrowserFact]
    public async Task The_first_result_shows_within_the_first_screen_of_a_360_px_phone()
    {
        var page = await browser.NewPageAsync(width: 360, height: 640);
        await page.GotoAsync(_server.BaseUrl + "tim-kiem/");
        await SearchAsync(page, "dak ha");
        var bottom = await page.EvaluateAsync<double>("window.scrollY + document.querySelector('#search-results li h2').getBoundingClientRect().bottom");
        Assert.True(bottom <= 640, $"the first result's title ends {bottom} px down the page");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "raquan-search-360.png") });
    }

    [BrowserFact]
    public async Task Results_filter_by_unit_and_year_and_the_address_keeps_the_query()
    {
        var page = await OpenAsync();
        await page.SelectOptionAsync("#dia-ban", "ia-chim");
        var titles = await SearchAsync(page, "ke hoach");
        Assert.Equal(2, titles.Count);
        await page.SelectOptionAsync("#nam", "2024");
        await page.WaitForFunctionAsync("document.querySelectorAll('#search-results li').length === 1");
        Assert.Equal("Kế hoạch giữ gìn khối đoàn kết hoà hợp", await page.Locator("#search-results h2").TextContentAsync());
        Assert.EndsWith("tim-kiem/?q=ke+hoach&dia-ban=ia-chim&nam=2024", page.Url);

        var again = await browser.NewPageAsync();
        await again.GotoAsync(page.Url);
        await again.WaitForFunctionAsync("document.querySelectorAll('#search-results li').length === 1");
    }

    [BrowserFact]
    public async Task The_header_form_leads_to_the_search_page_with_the_query()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.BaseUrl + "ke-hoach/");
        await page.FillAsync("#tim-nhanh", "kon ray");
        await page.PressAsync("#tim-nhanh", "Enter");
        await page.WaitForFunctionAsync("document.querySelectorAll('#search-results li').length > 0");
        var titles = await page.Locator("#search-results h2").AllTextContentsAsync();
        Assert.Equal("Kế hoạch phát động Phong trào thi đua yêu nước năm 2024 trên địa bàn huyện Kon Rẫy", titles[0]);
    }

    [BrowserFact]
    public async Task Without_javascript_the_search_page_offers_plans_by_year_and_unit()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(_server.BaseUrl + "tim-kiem/?q=dak+ha");
        await page.GetByRole(AriaRole.Link, new() { Name = "Năm 2024", Exact = true }).ClickAsync();
        Assert.EndsWith("ke-hoach/nam/2024/", page.Url);
        Assert.Contains("Kế hoạch năm 2024", await page.Locator("h1").TextContentAsync());
    }

    [BrowserFact]
    public async Task Words_in_every_plan_are_found_through_their_postings_files()
    {
        // 300 plans sharing "ra quân" in title and body: those words' postings are too long to stay in their shard, so
        // the page reads them from the shard's own postings files (p/SHARD/N.json).
        var files = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            files.Append($"-- content/plans/ra-quan-{i:000}.md --\n---\ntitle: \"Kế hoạch ra quân số {i}\"\nunit: kon-ray\ndate: 2024-02-{1 + (i % 28):00}\n---\nRa quân đầu năm, mục riêng muc{i}x.\n");
        }

        using var site = TestSite.Create(files.ToString());
        site.BuildOk();
        Assert.True(site.Exists("tim-kiem/du-lieu/p/ra/0.json"), "no postings file: the test would not read one");
        await using var server = await StaticServer.StartAsync(site.Output, "/ra-quan-2024/");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "tim-kiem/");

        var titles = await SearchAsync(page, "ra quan");

        Assert.True(titles.Count(t => t.StartsWith("Kế hoạch ra quân số ", StringComparison.Ordinal)) >= 5, string.Join(", ", titles));
        Assert.StartsWith("Tìm thấy 30", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal(["Kế hoạch ra quân số 17"], await SearchAsync(page, "muc17x"));
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_server.BaseUrl + "tim-kiem/");
        return page;
    }

    /// <summary>Types the query, submits, waits for the answer and returns the result titles in order.</summary>
    private static async Task<IReadOnlyList<string>> SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        await page.EvaluateAsync("document.getElementById('search-status').textContent = ''");
        await page.PressAsync("#q", "Enter");
        await page.WaitForFunctionAsync("""
            (() => { const s = document.getElementById('search-status').textContent;
                     const n = document.querySelectorAll('#search-results li').length;
                     return s.startsWith('Không tìm thấy') || (s.startsWith('Tìm thấy') && n > 0); })()
            """);
        return await page.Locator("#search-results h2").AllTextContentsAsync();
    }
}
