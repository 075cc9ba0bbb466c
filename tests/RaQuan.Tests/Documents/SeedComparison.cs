namespace RaQuan.Tests.Documents;

/// <summary>
/// Compares expected.json with the reader's JSON: a number where the reader gives a list means "this many items";
/// an object compares only the fields it lists; numbers compare by value (2192 equals 2192.0). Indicators are a
/// hand-picked selection in expected.json (it leaves out "Chi đầu tư phát triển: 15.428 triệu đồng", plainly an
/// indicator), so there every listed item must be found, in order, among the reader's.
/// </summary>
internal static class SeedComparison
{
    public static void Compare(string path, JsonElement expected, JsonElement actual, List<string> mismatches)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Number when actual.ValueKind == JsonValueKind.Array:
                Check(path, expected.GetInt32() == actual.GetArrayLength(), $"{expected} items", $"{actual.GetArrayLength()}", mismatches);
                break;
            case JsonValueKind.Number:
                Check(path, actual.ValueKind == JsonValueKind.Number && expected.GetDecimal() == actual.GetDecimal(), expected.ToString(), actual.ToString(), mismatches);
                break;
            case JsonValueKind.Object when actual.ValueKind == JsonValueKind.Object:
                foreach (var field in expected.EnumerateObject())
                {
                    Compare($"{path}.{field.Name}", field.Value, actual.TryGetProperty(field.Name, out var a) ? a : default, mismatches);
                }

                break;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array && (path == "indicators" || path.EndsWith(".indicators", StringComparison.Ordinal)):
                CompareSubsequence(path, expected, actual, mismatches);
                break;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array:
                Check($"{path}.length", expected.GetArrayLength() == actual.GetArrayLength(), $"{expected.GetArrayLength()}", $"{actual.GetArrayLength()}: {actual}", mismatches);
                foreach (var (e, a, i) in expected.EnumerateArray().Zip(actual.EnumerateArray()).Select((p, i) => (p.First, p.Second, i)))
                {
                    Compare($"{path}[{i}]", e, a, mismatches);
                }

                break;
            default:
                Check(path, expected.ValueKind == actual.ValueKind && expected.ToString() == actual.ToString(), expected.GetRawText(), actual.ValueKind == JsonValueKind.Undefined ? "missing" : actual.GetRawText(), mismatches);
                break;
        }
    }

    private static void CompareSubsequence(string path, JsonElement expected, JsonElement actual, List<string> mismatches)
    {
        var items = actual.EnumerateArray().ToList();
        var next = 0;
        foreach (var (e, i) in expected.EnumerateArray().Select((e, i) => (e, i)))
        {
            var found = items.FindIndex(next, a =>
            {
                var none = new List<string>();
                Compare(path, e, a, none);
                return none.Count == 0;
            });
            Check($"{path}[{i}]", found >= 0, e.GetRawText(), found >= 0 ? "" : $"not found after item {next} of {actual}", mismatches);
            next = found >= 0 ? found + 1 : next;
        }
    }

    private static void Check(string path, bool ok, string expected, string actual, List<string> mismatches)
    {
        if (!ok)
        {
            mismatches.Add($"{path}: expected {expected}, got {actual}");
        }
    }
}
