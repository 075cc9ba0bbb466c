namespace RaQuan.Tests.EndToEnd;

/// <summary>One word typed in TCVN3 or VNI, in any field of any content file, stops the build at its line.</summary>
public sealed class LegacyFieldTests
{
    [Theory]
    [InlineData("plans/tron.md", "---\ntitle: \"KÕ ho¹ch phát động thi đua\"\ndate: 2024-02-01\nunit: kon-ray\n---\nNội dung.\n", 2, "ho¹ch")]
    [InlineData("plans/tron.md", "---\ntitle: \"Keá hoaïch phát động thi đua\"\ndate: 2024-02-01\nunit: kon-ray\n---\nNội dung.\n", 2, "hoaïch")]
    [InlineData("ceremonies/le.yml", "- unit: kon-ray\n  start: 20/02/2024 08:00\n  place: \"Th«n 4\"\n", 3, "Th«n")]
    public void A_legacy_word_in_a_field_is_an_error_at_its_line(string file, string text, int line, string word)
    {
        using var site = TestSite.Create($"-- content/{file} --\n{text}");

        var run = site.BuildFails($"content/{file}:{line}", "the text is in the old");
        Assert.Contains($"\"{word}\"", run.Error);
    }

    [Fact]
    public void A_unit_named_in_tcvn3_is_an_error()
    {
        using var site = TestSite.Create();
        var units = Path.Combine(site.Content, "units.yml");
        File.WriteAllText(units, File.ReadAllText(units).Replace("- name: Đắk La", "- name: §¾k La", StringComparison.Ordinal));

        site.BuildFails("units.yml:9", "the text is in the old TCVN3 (ABC) encoding, not Unicode: \"§¾k\" should read \"Đắk\"");
    }
}
