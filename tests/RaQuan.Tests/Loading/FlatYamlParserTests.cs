using RaQuan.Building;
using RaQuan.Loading;
using Xunit.Sdk;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RaQuan.Tests.Loading;

/// <summary>
/// The front matter parser of simple texts must give exactly YamlDotNet's events, marks included (they place every
/// error at its file:line:column), or give way to YamlDotNet. Front matters of the sample site, of a generated
/// corpus and of random texts, changed at random with YAML's punctuation, are read both ways.
/// </summary>
public sealed class FlatYamlParserTests
{
    private static readonly string[] Snippets =
    [
        "[", "]", "{", "}", "\"", "'", ",", ", ", ":", ": ", "- ", "? ", "#", " #", "|", ">", "%", "@", "`", "\t", "\n",
        "\n\n", "\n  ", "\n-", " ", "  ", "---\n", "...\n", "&a ", "*a", "!!str ", "\\", "\\\"", "\0", "\ufeff", "\u00a0",
        "\u0085", "\u2028", "\u3000", "\ud83d\ude00", "~", "null", "08:30", "ế", "Đ", "a", "1", "x: y", "[\"a\"]", "[]",
    ];

    [Fact]
    public void Gives_yamldotnets_events_or_gives_way()
    {
        var texts = SampleFrontMatter();
        var (read, failures) = (0, new List<string>());
        for (var iteration = 0; iteration < 30_000 && failures.Count < 10; iteration++)
        {
            var random = new Random(iteration);
            var text = iteration < texts.Count ? texts[iteration] : YamlMutation.Mutate(texts[random.Next(texts.Count)], random, Snippets, longestCut: 12, cutEnd: "\n");
            if (FlatYamlParser.TryCreate(text) is not { } flat)
            {
                continue;
            }

            read++;
            if (Difference(Events(flat), YamlDotNetEvents(text)) is { } difference)
            {
                failures.Add($"{difference} in {Escape(text)}");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n", failures));
        }

        // Not a test of nothing: the changed texts are read both ways often, not only the unchanged ones.
        Assert.True(read > 5_000, $"only {read} texts were read by the flat parser");
    }

    [Fact]
    public void Reads_every_front_matter_without_nesting_of_the_sample_site_and_of_a_generated_corpus()
    {
        var flat = SampleFrontMatter().Where(text => !text.Contains("\n ", StringComparison.Ordinal)).ToList();
        Assert.True(flat.Count >= 44, $"{flat.Count} front matters without nesting");
        Assert.All(flat, text => Assert.NotNull(FlatYamlParser.TryCreate(text)));
    }

    [Theory]
    [InlineData("title: \"a\\nb\"\n")] // an escape other than \" and \\
    [InlineData("title: a # note\n")] // a comment
    [InlineData("title: a\n\nunit: b\n")] // a blank line
    [InlineData("title: a\ntitle: b\n")] // a key twice
    [InlineData("signer:\n  name: a\n")] // nesting
    [InlineData("tags:\n- a\n")] // a block list
    [InlineData("title: a: b\n")] // a mapping in a value
    [InlineData("title: 'a'\n")] // single quotes
    [InlineData("title: a")] // no line end
    [InlineData("title: &x a\n")] // an anchor
    [InlineData("title: a \n")] // a space at the end
    public void Gives_way_to_yamldotnet_for_anything_else(string text) => Assert.Null(FlatYamlParser.TryCreate(text));

    [Fact]
    public void A_key_given_twice_is_still_reported_at_its_line()
    {
        var diagnostics = new Diagnostics(BuildStage.Load);
        Assert.False(YamlSource.TryParse("title: a\nunit: b\ntitle: c\n", "plans/a.md", 2, diagnostics, out _));
        Assert.Contains(diagnostics.Items, d => d.Location.File == "plans/a.md" && d.Location.Line == 4);
    }

    private static List<string> SampleFrontMatter()
    {
        var plans = Path.Combine(TestEnvironment.RepositoryRoot, "content", "plans");
        var sample = Directory.EnumerateFiles(plans, "*.md").Order(StringComparer.Ordinal)
            .Select(plan => FrontMatter.Split(TextFiles.Decode(File.ReadAllBytes(plan)))?.Yaml).OfType<string>()
            .Where(yaml => yaml.Length > 0);

        // As the benchmark corpus writes them (bench/to-raquan): slug, quoted texts, a date, a list of tags.
        var random = new Random(7);
        var generated = Enumerable.Range(1, 40).Select(n =>
            $"slug: {n:D5}-ke-hoach-le-ra-quan\n" +
            $"title: \"Kế hoạch tổ chức Lễ ra quân hưởng ứng phong trào \\\"Tết trồng cây\\\" số {n}\"\n" +
            $"number: \"{n}/KH-UBND\"\n" +
            $"date: 2024-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}\n" +
            "issuer: \"Ủy ban nhân dân huyện Mường Ảng\"\n" +
            "unit: \"huyen-muong-ang\"\n" +
            "signer: \"Lò Văn Đức\"\n" +
            $"tags: [{string.Join(", ", Enumerable.Range(0, random.Next(0, 4)).Select(t => $"\"thẻ {t}\""))}]\n");
        return [.. sample, .. generated];
    }

    private static List<ParsingEvent> Events(IParser parser)
    {
        var events = new List<ParsingEvent>();
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
        }

        return events;
    }

    // YamlDotNet's events, or none when it refuses the text (the flat parser must then refuse it too).
    private static List<ParsingEvent> YamlDotNetEvents(string text)
    {
        try
        {
            return Events(new Parser(new Scanner(new StringReader(text))));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return [];
        }
    }

    private static string? Difference(List<ParsingEvent> flat, List<ParsingEvent> yamlDotNet)
    {
        for (var i = 0; i < Math.Max(flat.Count, yamlDotNet.Count); i++)
        {
            var (a, b) = (i < flat.Count ? Describe(flat[i]) : "nothing", i < yamlDotNet.Count ? Describe(yamlDotNet[i]) : "nothing");
            if (a != b)
            {
                return $"event {i}: flat {a}, YamlDotNet {b}";
            }
        }

        return null;
    }

    private static string Describe(ParsingEvent e) =>
        $"{e.GetType().Name} {e.Start.Index}/{e.Start.Line}/{e.Start.Column}-{e.End.Index}/{e.End.Line}/{e.End.Column} {e}"
        + (e is Scalar s ? $" key={s.IsKey}" : "");

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\t", "\\t");
}
