using System.Xml.Linq;
using RaQuan.Cli;

namespace RaQuan.Tests.Cli;

public sealed partial class LanguageTests
{
    private static readonly HashSet<string> AsciiInVietnamese = ["FileTooLargeBytes"];

    private static readonly string Folder = Path.Combine(TestEnvironment.RepositoryRoot, "src", "RaQuan", "Localization");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Every_message_is_in_both_languages_with_the_same_placeholders()
    {
        var vietnamese = Read("Messages.resx");
        var english = Read("Messages.en.resx");

        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.True(vietnamese.Count > 200, $"only {vietnamese.Count} messages");
        foreach (var (key, text) in vietnamese)
        {
            Assert.Equal(Placeholders(english[key]), Placeholders(text));
        }
    }

    [Fact]
    public void Vietnamese_messages_are_NFC_and_none_is_an_untranslated_copy_of_the_English()
    {
        var english = Read("Messages.en.resx");
        foreach (var (key, text) in Read("Messages.resx"))
        {
            Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC), $"{key} is not NFC");
            Assert.False(text == english[key], $"{key} is the English text: \"{text}\"");
            // Vietnamese prose carries diacritics; a message of plain ASCII words is English left in place, unless it
            // is one of the few whose Vietnamese is a borrowed word ("{0} byte").
            Assert.True(text.Any(c => c > 127) || AsciiInVietnamese.Contains(key), $"{key} has no Vietnamese letter: \"{text}\"");
        }
    }

    [Theory]
    [InlineData(new string[0], null, "vi-VN")]
    [InlineData(new string[0], "", "vi-VN")]
    [InlineData(new string[0], "en", "en")]
    [InlineData(new[] { "build", "--lang", "en" }, "vi", "en")]
    [InlineData(new[] { "--lang=vi", "build" }, "en", "vi-VN")]
    [InlineData(new[] { "--lang", "EN" }, null, "en")]
    [InlineData(new[] { "--lang", "fr" }, null, null)]
    [InlineData(new string[0], "fr", null)]
    public void The_language_is_the_option_else_RAQUAN_LANG_else_Vietnamese(string[] args, string? environment, string? culture) =>
        Assert.Equal(culture, CliLanguage.Choose(args, environment)?.Name);

    [Fact]
    public async Task An_unknown_language_is_an_error_said_in_both_languages()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["--lang", "fr", "build"], output, error);

        Assert.Equal(1, code);
        Assert.Contains("--lang: lỗi: ngôn ngữ \"fr\" không có trong RaQuan", error.ToString());
        Assert.Contains("--lang: error: language \"fr\" is not one RaQuan speaks", error.ToString());
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task A_command_in_Vietnamese_leaves_its_caller_in_its_own_language()
    {
        CultureInfo.CurrentUICulture = TestLanguage.English;
        await CliApp.RunAsync(["--lang", "vi", "--help"], new StringWriter(), new StringWriter());
        Assert.Equal("en", CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public async Task Without_a_choice_the_program_speaks_Vietnamese_and_RAQUAN_LANG_en_makes_it_speak_English()
    {
        using var site = TestSite.Create(SampleFiles.KonRayPlan("x", unit: "kon-rayy"));
        string[] args = ["build", site.Content, "-o", site.Output, "--now", TestSite.DefaultNow];

        var vietnamese = await ChildCli.RunAsync(args, new Dictionary<string, string> { ["RAQUAN_LANG"] = "" });
        Assert.Equal(1, vietnamese.ExitCode);
        Assert.Contains("plans/kon-ray.md:4:7: lỗi: địa bàn \"kon-rayy\" không có trong units.yml", vietnamese.Error);
        Assert.Contains("  cách sửa: có phải ý anh chị là \"kon-ray\"?", vietnamese.Error);
        Assert.Contains("Không tạo được trang vì có 1 lỗi;", vietnamese.Error);

        var english = await ChildCli.RunAsync(args, new Dictionary<string, string> { ["RAQUAN_LANG"] = "en" });
        Assert.Contains("plans/kon-ray.md:4:7: error: unit \"kon-rayy\" is not in units.yml", english.Error);
        Assert.Contains("  fix: did you mean \"kon-ray\"?", english.Error);
    }

    [Fact]
    public async Task Check_json_keeps_English_kinds_and_severities_and_speaks_the_chosen_language()
    {
        using var site = TestSite.Create(SampleFiles.KonRayPlan("x", unit: "kon-rayy"));
        foreach (var (language, message, fix) in new[]
                 {
                     ("vi", "địa bàn \"kon-rayy\" không có trong units.yml", "có phải ý anh chị là \"kon-ray\"?"),
                     ("en", "unit \"kon-rayy\" is not in units.yml", "did you mean \"kon-ray\"?"),
                 })
        {
            var run = TestSite.Run(["check", site.Content, "--now", TestSite.DefaultNow, "--format", "json", "--lang", language]);
            Assert.Equal(1, run.ExitCode);
            var finding = JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("file").GetString()!.EndsWith("plans/kon-ray.md", StringComparison.Ordinal));
            Assert.Equal("error", finding.GetProperty("severity").GetString());
            Assert.Equal("content", finding.GetProperty("kind").GetString());
            Assert.Equal(message, finding.GetProperty("message").GetString());
            Assert.Equal(fix, finding.GetProperty("fix").GetString());
        }
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
