namespace RaQuan.Tests.Units;

/// <summary><c>raquan new site</c> and <c>raquan units find</c> on the official map of July 2025.</summary>
public sealed class NewSiteTests
{
    [Fact]
    public void A_new_province_site_has_a_page_for_each_unit_of_the_official_list()
    {
        using var site = TestSite.Create(withBase: false);

        var run = TestSite.Run(["new", "site", site.Content, "--province", "Quang Ngai"]);

        Assert.True(run.ExitCode == 0, run.Error);
        var build = AdministrativeMapTests.BuildOk(site);
        Assert.Equal("", build.Error);

        var official = OfficialProvince("51");
        var units = official.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(96, units.Count);
        var pages = Directory.GetDirectories(site.OutPath("dia-ban")).Select(Path.GetFileName).ToList();
        Assert.Equal(units.Count + 1, pages.Count);

        // Every unit's page carries its official name, kind and code.
        using var api = JsonDocument.Parse(site.Read("api/dia-ban.json"));
        var published = api.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => (u.GetProperty("name").GetString(), u.GetProperty("kind").GetString(), u.GetProperty("code").GetString(), u.GetProperty("level").GetInt32()))
            .ToList();
        Assert.Equal(("Quảng Ngãi", "tỉnh", "51", 1), published[0]);
        Assert.Equal(
            units.Select(u => (u.GetProperty("name").GetString(), u.GetProperty("kind").GetString(), u.GetProperty("code").GetString(), 2)).OrderBy(u => u.Item3, StringComparer.Ordinal),
            published.Skip(1).OrderBy(u => u.Item3, StringComparer.Ordinal));
        Assert.Contains("Cấp xã", site.Html("dia-ban/ly-son/index.html").QuerySelector(".unit-meta")!.TextContent, StringComparison.Ordinal);

        // xã Sơn Hà and xã Sơn Hạ make one slug from their names: their codes tell them apart.
        Assert.True(site.Exists("dia-ban/son-ha-21289/index.html"));
        Assert.True(site.Exists("dia-ban/son-ha-21292/index.html"));
    }

    [Theory]
    [InlineData("51", "Đăk Hà")]
    [InlineData("tỉnh Quảng Ngải", "dak ha")]
    [InlineData("QUẢNG NGÃI", "23500")]
    public void A_commune_site_holds_the_commune_under_its_province(string province, string commune)
    {
        using var site = TestSite.Create(withBase: false);

        var run = TestSite.Run(["new", "site", site.Content, "--province", province, "--commune", commune]);

        Assert.True(run.ExitCode == 0, run.Error);
        AdministrativeMapTests.BuildOk(site);
        Assert.Equal(["quang-ngai", "dak-ha"], Directory.GetDirectories(site.OutPath("dia-ban")).Select(Path.GetFileName).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("Xã Đăk Hà", site.Html("dia-ban/dak-ha/index.html").QuerySelector("h1")!.TextContent);
        site.AssertFileContains("api/dia-ban.json", "\"code\": \"23500\"");
        Assert.Contains("name: \"Ủy ban nhân dân xã Đăk Hà\"", File.ReadAllText(Path.Combine(site.Content, "site.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--province", "Quang Ngia" }, "--province: error: no province or centrally-run city of the official list is named or coded \"Quang Ngia\"", "did you mean \"tỉnh Quảng Ngãi\"")]
    [InlineData(new[] { "--province", "Quảng Ngãi", "--commune", "Đắk Lâ" }, "--commune: error: no commune, ward or special zone of tỉnh Quảng Ngãi is named or coded \"Đắk Lâ\"", "did you mean \"phường Đăk Bla (tỉnh Quảng Ngãi)\" or \"xã Đăk Hà (tỉnh Quảng Ngãi)\"")]
    [InlineData(new[] { "--commune", "Tân Thành" }, "--commune: error: \"Tân Thành\" names several units: xã Tân Thành (tỉnh Thái Nguyên), xã Tân Thành (tỉnh Lạng Sơn)", "add --province")]
    [InlineData(new string[0], "--province: error: a new site needs its province", "add --province")]
    public void An_unknown_place_gives_the_nearest_names_and_writes_nothing(string[] options, string expected, string fix)
    {
        using var site = TestSite.Create(withBase: false);

        var run = TestSite.Run(["new", "site", site.Content, .. options]);

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains(expected, StringComparison.Ordinal), run.Error);
        Assert.True(run.Error.Contains(fix, StringComparison.Ordinal), run.Error);
        Assert.False(File.Exists(Path.Combine(site.Content, "units.yml")));
    }

    [Fact]
    public void A_new_site_never_overwrites_a_file()
    {
        using var site = TestSite.Create();
        var before = File.ReadAllText(Path.Combine(site.Content, "units.yml"));

        var run = TestSite.Run(["new", "site", site.Content, "--province", "Quảng Ngãi"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the file already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Content, "units.yml")));
    }

    [Fact]
    public void Units_find_prints_old_and_new_units_with_their_codes()
    {
        using var site = TestSite.Create(SampleFiles.KonTumMergedIntoQuangNgai);

        var run = TestSite.Run(["units", "find", "dak ha", "--site", site.Content]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            On the map since 01/07/2025 (official list):
              xã Đăk Hà, tỉnh Quảng Ngãi: code 23500
            In units.yml:
              huyện Đắk Hà, tỉnh Kon Tum (dak-ha): code 615; tỉnh Kon Tum part of tỉnh Quảng Ngãi since 01/07/2025

            """.ReplaceLineEndings("\n"),
            run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Units_find_with_no_match_gives_the_nearest_names()
    {
        var run = TestSite.Run(["units", "find", "Dak Hx", "--site", Path.GetTempPath()]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: no unit is named \"Dak Hx\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean \"Đăk Hà\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_map_is_the_official_list()
    {
        var shared = Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "units", "vn-2025.json");
        if (!File.Exists(shared))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{shared} is missing");
            return;
        }

        Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(EmbeddedCopy));
    }

    private static string EmbeddedCopy => Path.Combine(TestEnvironment.RepositoryRoot, "src", "RaQuan", "Units", "vn-2025.json");

    /// <summary>The province as the file embedded in RaQuan lists it, read here with a JSON parser of its own.</summary>
    private static JsonElement OfficialProvince(string code)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(EmbeddedCopy));
        return json.RootElement.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code).Clone();
    }
}
