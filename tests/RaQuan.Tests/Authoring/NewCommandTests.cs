using RaQuan.Cli;

namespace RaQuan.Tests.Authoring;

public sealed class NewCommandTests
{
    // 23:30 UTC on 19 February is already 20 February in Vietnam.
    private static readonly DateTimeOffset Clock = DateTimeOffset.Parse("2024-02-19T23:30:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public void A_new_plan_has_its_front_matter_filled_and_builds()
    {
        using var site = TestSite.Create();

        var run = New(site, "plan", "Kế hoạch tổ chức Lễ ra quân xã Đắk La", "--unit", "dak-la");

        Assert.Equal(0, run.ExitCode);
        var path = Path.Combine(site.Content, "plans", "ke-hoach-to-chuc-le-ra-quan-xa-dak-la.md");
        Assert.Equal(path, run.Output.Trim());
        var text = File.ReadAllText(path);
        Assert.Contains("title: \"Kế hoạch tổ chức Lễ ra quân xã Đắk La\"", text);
        Assert.Contains("slug: ke-hoach-to-chuc-le-ra-quan-xa-dak-la", text);
        Assert.Contains("\npublish_date: 2024-02-20", text);
        Assert.Contains("unit: dak-la", text);
        site.BuildOk();
        Assert.True(site.Exists("ke-hoach/ke-hoach-to-chuc-le-ra-quan-xa-dak-la/index.html"));
    }

    [Fact]
    public void A_new_ceremony_and_result_table_build_as_written()
    {
        using var site = TestSite.Create();

        var ceremony = New(site, "ceremony", "Lễ ra quân huyện Đắk Hà", "--unit", "dak-ha");
        var results = New(site, "results", "Kết quả ra quân 2024");

        Assert.Equal(0, ceremony.ExitCode);
        var text = File.ReadAllText(Path.Combine(site.Content, "ceremonies", "le-ra-quan-huyen-dak-ha.yml"));
        Assert.Contains("unit: dak-ha", text);
        Assert.Contains("start: \"20/02/2024 08:00\"", text);
        Assert.Contains("status: scheduled", text);
        Assert.Equal(0, results.ExitCode);
        Assert.Equal(2, results.Output.Trim().Split('\n').Length);
        Assert.True(File.Exists(Path.Combine(site.Content, "results", "ket-qua-ra-quan-2024.csv")));
        Assert.Contains("title: \"Kết quả ra quân 2024\"", File.ReadAllText(Path.Combine(site.Content, "results", "ket-qua-ra-quan-2024.yml")));
        site.BuildOk();
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = TestSite.Create();
        New(site, "plan", "Kế hoạch thử", "--unit", "dak-la");
        var path = Path.Combine(site.Content, "plans", "ke-hoach-thu.md");
        File.WriteAllText(path, "đã sửa");

        var again = New(site, "plan", "Kế hoạch thử", "--unit", "kon-ray");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal("đã sửa", File.ReadAllText(path));
    }

    [Fact]
    public void An_unknown_unit_is_an_error_with_a_suggestion_and_writes_nothing()
    {
        using var site = TestSite.Create();

        var run = New(site, "plan", "Kế hoạch thử", "--unit", "dak-laa");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unit \"dak-laa\" is not in units.yml", run.Error);
        Assert.Contains("did you mean \"dak-la\"?", run.Error);
        Assert.False(File.Exists(Path.Combine(site.Content, "plans", "ke-hoach-thu.md")));
    }

    private static CliRun New(TestSite site, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.RunAsync(["new", .. args, "--site", site.Content], output, error, () => Clock).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
