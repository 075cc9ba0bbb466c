using System.Text.Encodings.Web;

namespace RaQuan.Rendering.Api;

/// <summary>Field writers shared by the API documents: absent values are written as null, never left out.</summary>
internal static class ApiJson
{
    // Vietnamese stays readable (UTF-8, not \u escapes); the files are served as application/json, never inlined
    // into HTML, so the relaxed encoder's unescaped "<" is safe here.
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The unit something belongs to, as <c>"unit": {"slug", "name", ["code",] "url"}</c>.</summary>
    public static void Unit(Utf8JsonWriter w, Unit unit, SiteUrls urls, bool withCode = false)
    {
        w.WriteStartObject("unit");
        w.WriteString("slug", unit.Slug);
        w.WriteString("name", unit.Title);
        if (withCode)
        {
            w.WriteString("code", unit.Code);
        }

        w.WriteString("url", urls.Absolute(urls.Unit(unit)));
        w.WriteEndObject();
    }

    public static void Date(Utf8JsonWriter w, string name, DateOnly? date) =>
        w.WriteString(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// One element of a document, as bytes to give <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>
    /// at <paramref name="depth"/>: the writer puts a raw value right after the comma, without the line break and
    /// indentation it gives other values, so the element carries them. Line breaks occur only between tokens: the
    /// writer escapes them inside strings.
    /// </summary>
    public static byte[] Element(Action<Utf8JsonWriter> write, int depth)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        var indent = Options.NewLine + new string(' ', depth * Options.IndentSize);
        return Encoding.UTF8.GetBytes(indent + Encoding.UTF8.GetString(stream.ToArray()).Replace(Options.NewLine, indent, StringComparison.Ordinal));
    }

    /// <summary>
    /// Hands what the writer holds to its file once it passes 64 KB: a writer keeps everything until flushed, so a
    /// list of 50,000 plans would otherwise grow, and be copied, in memory.
    /// </summary>
    public static void FlushPending(Utf8JsonWriter w)
    {
        if (w.BytesPending > 64 * 1024)
        {
            w.Flush();
        }
    }

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
