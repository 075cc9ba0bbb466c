namespace RaQuan.Tests.EndToEnd;

/// <summary>
/// YAML that YamlDotNet cannot read — some of it made YamlDotNet throw InvalidOperationException or ArgumentException,
/// or overflow the stack, instead of a YamlException — is one content error naming file:line:column, never a stack trace.
/// </summary>
public sealed class BadYamlTests
{
    private const string Tab = "this line is indented with a tab; fields must be indented with spaces";

    private static string Plan(string yaml) => $"-- content/plans/thu.md --\n---\ntitle: Kế hoạch thử\n{yaml}\n---\nNội dung.\n";

    public static TheoryData<string, string, string, string> Inputs() => new()
    {
        { "an unclosed [ at the end", Plan("unit: [dak-ha"), "plans/thu.md:3:7", "the \"[\" here is never closed with \"]\"" },
        { "an unclosed [ before a field", Plan("unit: [dak-ha\ndate: 2024-02-01"), "plans/thu.md:3:7", "the \"[\" here is not closed with \"]\" before line 4" },
        { "an unclosed { before a field", Plan("signer: {name: Nguyễn Văn A\nunit: dak-ha"), "plans/thu.md:3:9", "the \"{\" here is not closed with \"}\" before line 4" },
        { "an unclosed quote", Plan("unit: \"dak-ha"), "plans/thu.md:3:7", "a value starts with a quote (\") that is never closed" },
        { "a tab as indentation", Plan("unit: dak-ha\ntags:\n\t- ra quân"), "plans/thu.md:5:1", Tab },
        { "a key twice", Plan("unit: dak-ha\nunit: kon-ray"), "plans/thu.md:4:1", "the field \"unit\" is written twice" },
        { "an alias with no anchor", Plan("unit: *dak-ha"), "plans/thu.md:3:7", "\"*dak-ha\" repeats the value marked \"&dak-ha\", but no value before it is marked so" },
        { "an alias before its anchor", Plan("unit: dak-ha\nsummary: *s\ntags: [&s ra quân]"), "plans/thu.md:4:10", "\"*s\" repeats the value marked \"&s\", but no value before it is marked so" },
        { "an alias inside its anchor", Plan("unit: dak-ha\ntags: &t [ra quân, *t]"), "plans/thu.md:4:20", "\"*t\" stands inside the value marked \"&t\" that it repeats, which would never end" },
        { "a stray ]", Plan("unit: dak-ha\n]"), "plans/thu.md:4:1", "this line does not fit where it stands: a field (\"name: value\") or a list item (\"- value\") lined up with the lines above was expected" },
        { "a tag that is not a URI", Plan("unit: !<[x> dak-ha"), "plans/thu.md:3:12", "the text cannot be read as YAML from here on" },
        { "site.yml: an unclosed [ before a field", "-- content/site.yml --\ntitle: [Ra quân 2024\nbase_url: \"https://example.gov.vn/\"\n", "site.yml:1:8", "the \"[\" here is not closed with \"]\" before line 2" },
        { "site.yml: an alias inside its anchor", "-- content/site.yml --\ntitle: x\n&p [*p]: x\n", "site.yml:2:5", "\"*p\" stands inside the value marked \"&p\" that it repeats, which would never end" },
        { "units.yml: an unclosed { before a field", "-- content/units.yml --\nunits:\n  - name: {Kon Tum\n    kind: tỉnh\n", "units.yml:2:11", "the \"{\" here is not closed with \"}\" before line 3" },
        { "units.yml: an alias with no anchor", "-- content/units.yml --\nunits:\n  - *tinh\n", "units.yml:2:5", "\"*tinh\" repeats the value marked \"&tinh\", but no value before it is marked so" },
        { "a ceremony: an unclosed [ before a field", "-- content/ceremonies/le.yml --\n- unit: [dak-ha\n  start: \"08:00 20/02/2024\"\n", "ceremonies/le.yml:1:9", "the \"[\" here is not closed with \"]\" before line 2" },
        { "a ceremony: a tab as indentation", "-- content/ceremonies/le.yml --\n- unit: dak-ha\n\tstart: \"08:00 20/02/2024\"\n", "ceremonies/le.yml:2:1", Tab },
        { "a result table: an unclosed [ before a field", "-- content/results/ket-qua.yml --\ntitle: [Kết quả\ncolumns: []\n", "results/ket-qua.yml:1:8", "the \"[\" here is not closed with \"]\" before line 2" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Unreadable_yaml_is_one_error_at_its_line_without_a_stack_trace(string kind, string files, string where, string problem)
    {
        using var site = TestSite.Create(files);

        var run = site.Build();

        Assert.True(run.ExitCode == 1, $"{kind}: exit code {run.ExitCode}\n{run.Error}");
        Assert.Equal([$"{Path.Combine(site.Content, where)}: error: the YAML is not valid: {problem}"], run.ErrorLines);
        Assert.Contains("\n  fix: ", run.Error);
        Assert.DoesNotContain("While scanning", run.Error);
        Assert.DoesNotContain("While parsing", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Fields_of_a_file_whose_yaml_cannot_be_read_are_not_reported_missing()
    {
        using var site = TestSite.Create("""
            -- content/plans/thu.md --
            ---
            title: Kế hoạch thử
            unit: dak-ha
            date: 2024-01-02
            tags: [ra quân
            summary: Ra quân đầu năm
            ---
            Nội dung.
            -- content/pages/lien-he.md --
            ---
            title: [Liên hệ
            menu: 2
            ---
            Nội dung.
            -- content/results/ket-qua.yml --
            title: "Kết quả
            columns: []
            """);

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{Path.Combine(site.Content, "pages/lien-he.md")}:2:8: error: the YAML is not valid: the \"[\" here is not closed with \"]\" before line 3",
                $"{Path.Combine(site.Content, "plans/thu.md")}:5:7: error: the YAML is not valid: the \"[\" here is not closed with \"]\" before line 6",
                $"{Path.Combine(site.Content, "results/ket-qua.yml")}:1:8: error: the YAML is not valid: a value in quotes runs on to the next line: its closing quote is missing",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void A_tab_is_said_in_plain_words_with_the_fix()
    {
        using var site = TestSite.Create("-- content/ceremonies/le.yml --\n- unit: dak-ha\n\tstart: \"08:00 20/02/2024\"\n");

        var run = site.BuildFails("ceremonies/le.yml:2:1", $"the YAML is not valid: {Tab}\n  fix: delete the tab at the start of the line and type spaces instead");
        Assert.DoesNotContain("violate", run.Error);
    }
}
