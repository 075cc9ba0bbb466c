namespace RaQuan.Tests.EndToEnd;

/// <summary>The static web services match, field for field, the schema tables of docs/reference/json-api.md.</summary>
public sealed partial class ApiSchemaTests
{
    [Theory]
    [InlineData("ke-hoach")]
    [InlineData("dia-ban")]
    public void Api_file_has_exactly_the_fields_the_reference_documents(string name)
    {
        var schema = DocumentedSchema(name);
        using var site = SampleSite.Build();
        site.Write(PortalTests.SignedOriginal);
        site.BuildOk();
        var json = site.Read($"api/{name}.json");

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        Walk(JsonDocument.Parse(json).RootElement, "", schema, seen, problems);

        problems.AddRange(schema.Keys.Where(k => !seen.ContainsKey(k)).Select(k => $"{k}: documented but never written"));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public void Api_files_keep_Vietnamese_readable_and_are_the_same_on_every_build()
    {
        using var site = SampleSite.Build();
        var plans = site.Read("api/ke-hoach.json");
        var units = site.Read("api/dia-ban.json");
        site.BuildOk();

        Assert.Contains("\"kind\": \"thành phố\"", units);
        Assert.DoesNotContain("\\u", plans + units);
        Assert.Equal(plans, site.Read("api/ke-hoach.json"));
        Assert.Equal(units, site.Read("api/dia-ban.json"));
    }

    private static void Walk(JsonElement value, string path, Dictionary<string, string> schema, Dictionary<string, int> seen, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                if (!schema.TryGetValue(child, out var type))
                {
                    problems.Add($"{child}: written but not documented in docs/reference/json-api.md");
                    continue;
                }

                seen[child] = seen.GetValueOrDefault(child) + 1;
                if (!Matches(property.Value, type))
                {
                    problems.Add($"{child}: {property.Value.ValueKind} ({property.Value}) is not {type}");
                }

                if (property.Value.ValueKind == JsonValueKind.Array && type == "array")
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        Walk(item, child + "[]", schema, seen, problems);
                    }
                }
                else if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    Walk(property.Value, child, schema, seen, problems);
                }
            }
        }
    }

    private static bool Matches(JsonElement value, string type)
    {
        var nullable = type.EndsWith(" or null", StringComparison.Ordinal);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return nullable;
        }

        return type.Replace(" or null", "") switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "date" => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _),
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "array of string" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String),
            var other => throw new InvalidOperationException($"docs/reference/json-api.md uses an unknown type \"{other}\""),
        };
    }

    /// <summary>The rows "| `field` | type | meaning |" under the heading "## `api/NAME.json`" of docs/reference/json-api.md.</summary>
    private static Dictionary<string, string> DocumentedSchema(string name)
    {
        var readme = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "reference", "json-api.md"));
        var start = readme.IndexOf($"## `api/{name}.json`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/reference/json-api.md documents no api/{name}.json");
        var end = readme.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return Row().Matches(section).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| `([^`]+)` \| ([^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
