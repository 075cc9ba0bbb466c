using RaQuan.Building;
using RaQuan.Loading;
using Xunit.Sdk;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// The sample site's YAML (site.yml, units.yml, ceremonies, result tables, plans' front matter), broken at random
/// with YAML's own punctuation: every text is read or refused with one content error, never an exception. This is
/// how YamlDotNet's InvalidOperationException (an unclosed "[" before a line), ArgumentException (a bad tag) and
/// stack overflow (an alias inside its own anchor, used as a key) were found. RAQUAN_FUZZ_SEED replays a failure.
/// </summary>
public sealed class YamlFuzzTests
{
    private static readonly string[] Snippets =
    [
        "[", "]", "{", "}", "\"", "'", ",", ":", ": ", "- ", "? ", "#", "|", ">", "%", "@", "`", "\t", "\n", "\n\t", "\n  ",
        "---\n", "...\n", "&a ", "*a", "&a [*a]", "*missing", "!!int ", "!<[x> ", "!x!y ", "<<: *a", "\0", "\ufeff",
    ];

    [Fact]
    public void Broken_yaml_is_read_or_refused_with_a_content_error()
    {
        var texts = SampleYaml();
        var failures = new List<string>();
        for (var iteration = 0; iteration < FuzzRun.Iterations * 2 && failures.Count < 10; iteration++)
        {
            var random = new Random(unchecked((FuzzRun.Seed * 1_000_003) + (iteration * 7_919) + 3));
            var text = YamlMutation.Mutate(texts[iteration % texts.Count], random, Snippets);
            var diagnostics = new Diagnostics(BuildStage.Load);
            try
            {
                var read = YamlSource.TryParse(text, "fuzz.yml", 1, diagnostics, out _);
                if (read == diagnostics.HasErrors)
                {
                    failures.Add($"iteration {iteration}: read {read} with {diagnostics.Items.Count} error(s): {Escape(text)}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"iteration {iteration}: {e.GetType().Name}: {e.Message}: {Escape(text)}");
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException($"RAQUAN_FUZZ_SEED={FuzzRun.Seed}:\n" + string.Join("\n", failures));
        }
    }

    private static List<string> SampleYaml()
    {
        var content = Path.Combine(TestEnvironment.RepositoryRoot, "content");
        var files = Directory.EnumerateFiles(content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ReadText);
        var frontMatter = Directory.EnumerateFiles(Path.Combine(content, "plans"), "*.md").Order(StringComparer.Ordinal)
            .Select(plan => FrontMatter.Split(ReadText(plan))?.Yaml).OfType<string>();
        return [.. files, .. frontMatter];
    }

    private static string ReadText(string path) => TextFiles.Decode(File.ReadAllBytes(path));

    private static string Escape(string text) => text.Length > 300 ? Escape(text[..300]) + "…" : text.Replace("\n", "\\n").Replace("\t", "\\t");
}
