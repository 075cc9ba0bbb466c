using RaQuan.Documents;
using Xunit.Abstractions;

namespace RaQuan.Tests.Documents;

/// <summary>Every field expected.json lists for a seed, compared with what the reader extracts.</summary>
public sealed class SeedExpectationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new(SeedFiles.Names);

    [SeedsTheory]
    [MemberData(nameof(Seeds))]
    public void Reader_extracts_what_expected_json_lists(string seed)
    {
        Assert.True(SeedFiles.Folder is not null, "../shared/seeds is missing and CI=true requires it");
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.Folder!, "expected.json")));
        var expected = expectedJson.RootElement.GetProperty(seed);
        var reading = DocumentReader.Read(SeedFiles.Read(seed));
        using var actualJson = JsonDocument.Parse(DocumentReadingJson.Write(reading));
        output.WriteLine(DocumentReport.Format(reading));

        var mismatches = new List<string>();
        foreach (var field in expected.EnumerateObject())
        {
            SeedComparison.Compare(field.Name, field.Value, actualJson.RootElement.GetProperty(field.Name), mismatches);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
