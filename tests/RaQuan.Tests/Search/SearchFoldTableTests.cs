using RaQuan.Search;

namespace RaQuan.Tests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchFoldTableTests(Support.Browser browser)
{
    [Theory]
    [MemberData(nameof(FoldTable.Names), MemberType = typeof(FoldTable))]
    public void Real_names_fold_to_plain_lower_case_letters(string name, string folded) =>
        Assert.Equal(folded, SearchFold.Fold(name));

    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("thủy", "thuỷ")]
    [InlineData("Ủy", "uỷ")]
    [InlineData("ĐẮK", "Đắk")]
    public void Both_tone_placements_have_one_accented_form(string a, string b) =>
        Assert.Equal(SearchFold.Accented(a), SearchFold.Accented(b));

    [Theory]
    [InlineData("hoa", "hóa")]
    [InlineData("Đăk", "Đắk")]
    [InlineData("dak", "đak")]
    public void Different_words_keep_different_accented_forms(string a, string b) =>
        Assert.NotEqual(SearchFold.Accented(a), SearchFold.Accented(b));

    [Fact]
    public void Search_words_are_the_folded_tokens_with_their_accented_forms()
    {
        foreach (var text in FoldTable.AllTexts)
        {
            Assert.Equal(SearchFold.Tokens(text), Pairs(text).Select(w => w.Folded));
        }

        Assert.Equal([("dak", "đăk"), ("r", "r"), ("lap", SearchFold.Accented("lấp"))], Pairs("Đăk R'Lấp"));
    }

    // Each word as (folded, accented): "Hoà" gives ("hoa", "hoà").
    private static List<(string Folded, string Accented)> Pairs(string text)
    {
        var pairs = new List<(string, string)>();
        foreach (var spelling in SearchWords.Of(text))
        {
            pairs.AddRange(spelling.Words.Select(w => (w.Word.Folded, w.Accented)));
        }

        return pairs;
    }

    [BrowserFact]
    public async Task The_browser_folds_every_name_exactly_as_the_build_does()
    {
        var page = await browser.NewPageAsync();
        await page.AddScriptTagAsync(new() { Path = Path.Combine(TestEnvironment.RepositoryRoot, "themes", "Default", "assets", "search.js") });
        var texts = FoldTable.AllTexts.ToArray();
        var js = await page.EvaluateAsync<string[][]>("""
            texts => texts.map(t => [RaQuanSearch.fold(t), RaQuanSearch.tokens(t).join('|'),
                                      RaQuanSearch.accented(t.trim().split(/\s+/)[0])])
            """, texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var text = texts[i];
            var first = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            Assert.Equal([SearchFold.Fold(text), string.Join('|', SearchFold.Tokens(text)), SearchFold.Accented(first ?? "")], js[i]);
        }
    }
}
