using RaQuan.Tests.Documents;

namespace RaQuan.Tests.EndToEnd;

public sealed class DocumentCommandTests
{
    [Fact]
    public void Inspect_prints_what_was_read_as_json()
    {
        using var site = TestSite.WithDocument(SampleFiles.TreePlantingPlan);
        var run = TestSite.Run(["inspect", site.Document, "--json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("Kế hoạch", root.GetProperty("type").GetString());
        Assert.Equal("45/KH-UBND", root.GetProperty("number").GetString());
        Assert.Equal("2024-02-02", root.GetProperty("date").GetString());
        Assert.Equal("huyện", root.GetProperty("locality").GetProperty("level").GetString());
        Assert.Equal("2024-02-23T08:00:00+07:00", root.GetProperty("events")[0].GetProperty("start").GetString());
        Assert.Equal("Nguyễn Văn An", root.GetProperty("signer").GetProperty("name").GetString());
    }

    [SeedsFact]
    public void Inspect_reads_a_seed_in_readable_form()
    {
        var run = TestSite.Run(["inspect", Path.Combine(SeedFiles.Folder!, "003_73ad0eb0821da3f9.txt")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("66/KH-UBND", run.Output);
        Assert.Contains("Lục Ba", run.Output);
    }

    [Fact]
    public void Import_writes_a_plan_that_builds_and_never_overwrites()
    {
        using var site = TestSite.WithDocument(SampleFiles.TreePlantingPlan);
        var plans = site.Plans;

        var run = TestSite.Run(["import", site.Document, "--to", plans]);

        Assert.Equal(0, run.ExitCode);
        var written = run.Output.Trim();
        Assert.EndsWith("to-chuc-trong-cay-dau-xuan-giap-thin.md", written);
        var text = File.ReadAllText(written);
        Assert.StartsWith("---\ntitle: \"Tổ chức trồng cây đầu xuân Giáp Thìn\"\nslug: to-chuc-trong-cay-dau-xuan-giap-thin\ntype: \"Kế hoạch\"\nnumber: \"45/KH-UBND\"\ndate: 2024-02-02\n", text);
        Assert.Contains("unit: \"kon-ray\"", text);
        Assert.Matches(@"\npublish_date: \d{4}-\d{2}-\d{2}\n", text);
        site.BuildOk("--future"); // published from the day of the import, after the tests' build time
        Assert.True(site.Exists("ke-hoach/to-chuc-trong-cay-dau-xuan-giap-thin/index.html"));

        var again = TestSite.Run(["import", site.Document, "--to", plans]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal(text, File.ReadAllText(written));
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3, true)]
    [InlineData(LegacyEncoding.Tcvn3, false)]
    [InlineData(LegacyEncoding.Vni, true)]
    public void Import_refuses_a_document_in_tcvn3_or_vni_and_reads_it_with_from(LegacyEncoding encoding, bool rawBytes)
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "cu.txt");
        var legacy = LegacyEncodings.Encode(SampleFiles.TreePlantingPlan, encoding);
        File.WriteAllBytes(path, rawBytes ? LegacyEncodings.ToBytes(legacy) : Encoding.UTF8.GetBytes(legacy));
        var plans = site.Plans;
        var option = LegacyEncodings.Option(encoding);

        var refused = TestSite.Run(["import", path, "--to", plans]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{path}:1: error: the text is in the old {LegacyEncodings.Name(encoding)} encoding, not Unicode", refused.Error);
        Assert.Contains($"fix: run raquan import --from {option} {path}", refused.Error);
        Assert.Empty(Directory.GetFiles(plans, "to-chuc-*"));

        var run = TestSite.Run(["import", "--from", option, path, "--to", plans]);

        Assert.Equal(0, run.ExitCode);
        var written = run.Output.Trim();
        Assert.EndsWith("to-chuc-trong-cay-dau-xuan-giap-thin.md", written);
        var text = File.ReadAllText(written, new UTF8Encoding(false, throwOnInvalidBytes: true));
        Assert.StartsWith("---\ntitle: \"Tổ chức trồng cây đầu xuân Giáp Thìn\"\nslug: to-chuc-trong-cay-dau-xuan-giap-thin\ntype: \"Kế hoạch\"\nnumber: \"45/KH-UBND\"\ndate: 2024-02-02\n", text);
        Assert.Contains("Phát động phong trào trồng cây xanh trên các tuyến đường của huyện", text);
        site.BuildOk("--future");
        Assert.Equal("Tổ chức trồng cây đầu xuân Giáp Thìn", site.Html("ke-hoach/to-chuc-trong-cay-dau-xuan-giap-thin/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Inspect_refuses_a_document_in_tcvn3_and_reads_it_with_from()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "cu.txt");
        File.WriteAllBytes(path, LegacyEncodings.ToBytes(LegacyEncodings.Encode(SampleFiles.TreePlantingPlan, LegacyEncoding.Tcvn3)));

        var refused = TestSite.Run(["inspect", path]);
        var run = TestSite.Run(["inspect", path, "--from", "tcvn3", "--json"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"fix: run raquan inspect --from tcvn3 {path}", refused.Error);
        Assert.Equal("", refused.Output);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("Tổ chức trồng cây đầu xuân Giáp Thìn", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("45/KH-UBND", json.RootElement.GetProperty("number").GetString());
    }

    [Fact]
    public void Inspect_of_a_missing_file_says_so()
    {
        var run = TestSite.Run(["inspect", "/nonexistent/ke-hoach.txt"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/ke-hoach.txt does not exist", run.Error);
    }
}
