using System.Globalization;
using System.Text.Json;

namespace RaQuan.Rendering.Api;

/// <summary>Field writers shared by the API documents: absent values are written as null, never left out.</summary>
internal static class ApiJson
{
    public static void Date(Utf8JsonWriter w, string name, DateOnly? date) =>
        w.WriteString(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
