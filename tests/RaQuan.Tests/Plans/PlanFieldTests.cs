using RaQuan.Authoring;
using RaQuan.Loading;

namespace RaQuan.Tests.Plans;

/// <summary>
/// A plan's front-matter fields are declared once (<see cref="PlanFieldTable"/>): the loader, the template of
/// <c>raquan new plan</c> and the reference page all follow the declaration.
/// </summary>
public sealed partial class PlanFieldTests
{
    [Fact]
    public void The_reference_example_shows_every_declared_field_and_no_other()
    {
        var reference = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "reference", "content-format.md"));
        var section = reference[reference.IndexOf("## `plans/*.md`", StringComparison.Ordinal)..];
        var frontMatter = section.Split("\n---\n")[1];
        var documented = Key().Matches(frontMatter).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(PlanFieldTable.Keys.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_plan_with_every_example_written_in_builds_and_shows_each_field()
    {
        var template = Templates.Plan("Kế hoạch ra quân thử", "ke-hoach-ra-quan-thu", "dak-la", new DateOnly(2024, 2, 1));
        // Every commented field written in with its example, as a member of staff fills the template.
        var filled = CommentedField().Replace(template, "$1");
        using var site = TestSite.Create($"""
            -- content/plans/ke-hoach-ra-quan-thu.md --
            {filled}
            -- content/files/66-kh-ubnd.pdf --
            %PDF-1.4 thử
            """);

        site.BuildOk();

        using var api = JsonDocument.Parse(site.Read("api/ke-hoach.json"));
        var plan = api.RootElement.GetProperty("plans").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "ke-hoach-ra-quan-thu");
        Assert.Equal("66/KH-UBND", plan.GetProperty("number").GetString());
        Assert.Equal("2024-01-22", plan.GetProperty("effective_date").GetString());
        Assert.Equal("Ủy ban nhân dân xã Lục Ba", plan.GetProperty("issuer").GetString());
        Assert.Equal("Nguyễn Văn A", plan.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal(["ra quân", "nông thôn mới"], plan.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Bản ký số (PDF)", plan.GetProperty("attachments")[0].GetProperty("title").GetString());
        var page = site.Html("ke-hoach/ke-hoach-ra-quan-thu/index.html");
        Assert.Contains("66/KH-UBND", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_writes_each_field_the_declaration_marks_for_it()
    {
        var template = Templates.Plan("Kế hoạch", "ke-hoach", "dak-la", new DateOnly(2024, 2, 1));

        foreach (var field in PlanFieldTable.All)
        {
            var line = new Regex($"^(# )?{field.Key}: ", RegexOptions.Multiline).Match(template);
            switch (field.Template)
            {
                case PlanTemplate.None:
                    Assert.False(line.Success, field.Key);
                    break;
                case PlanTemplate.Comment:
                    Assert.True(line.Success && line.Groups[1].Success, field.Key);
                    break;
                case PlanTemplate.Filled:
                    Assert.True(line.Success && !line.Groups[1].Success, field.Key);
                    break;
            }
        }
    }

    [GeneratedRegex(@"^([a-z_]+):", RegexOptions.Multiline)]
    private static partial Regex Key();

    [GeneratedRegex(@"^# ([a-z_]+: .*?)   # .*$", RegexOptions.Multiline)]
    private static partial Regex CommentedField();
}
