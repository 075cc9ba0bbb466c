using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace RaQuan.Documents;

/// <summary>Writes a <see cref="DocumentReading"/> as indented JSON with the field names of the seeds' expected.json.</summary>
public static class DocumentReadingJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The reading as JSON; dates as yyyy-MM-dd, times as ISO 8601 with +07:00, footnotes as a count.</summary>
    public static string Write(DocumentReading r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("type", r.Type);
            w.WriteString("number", r.Number);
            w.WriteString("date", r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNumber(w, "year", r.Year);
            w.WriteString("place", r.Place);
            w.WriteString("title", r.Title);
            w.WriteString("issuer", r.Issuer);
            WriteLocality(w, r.Locality);
            WriteSigner(w, r.Signer);
            WriteStrings(w, "recipients", r.Recipients);
            w.WriteStartArray("events");
            foreach (var e in r.Events)
            {
                w.WriteStartObject();
                w.WriteString("start", Iso(e.Start));
                w.WriteString("end", e.End is { } end ? Iso(end) : null);
                w.WriteString("place", e.Place);
                w.WriteString("lunar", e.Lunar);
                w.WriteString("text", e.Text);
                WriteStrings(w, "attendees", e.Attendees);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("deadlines");
            foreach (var d in r.Deadlines)
            {
                w.WriteStartObject();
                w.WriteString("date", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("text", d.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("tables");
            foreach (var t in r.Tables)
            {
                w.WriteStartObject();
                WriteStrings(w, "columns", t.Columns);
                w.WriteStartArray("rows");
                foreach (var row in t.Rows)
                {
                    WriteStrings(w, null, row);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("footnotes", r.Footnotes.Count);
            w.WriteStartArray("indicators");
            foreach (var i in r.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("label", i.Label);
                w.WriteNumber("value", i.Value);
                w.WriteString("unit", i.Unit);
                w.WriteString("qualifier", i.Qualifier);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "warnings", r.Warnings);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteLocality(Utf8JsonWriter w, Locality? locality) => WriteObject(w, "locality", locality, l =>
    {
        w.WriteString("name", l.Name);
        w.WriteString("level", l.Level);
    });

    private static void WriteSigner(Utf8JsonWriter w, Signer? signer) => WriteObject(w, "signer", signer, s =>
    {
        w.WriteString("name", s.Name);
        WriteStrings(w, "authority", s.Authority);
    });

    /// <summary>An object with the fields <paramref name="write"/> gives, or null when there is no <paramref name="value"/>.</summary>
    private static void WriteObject<T>(Utf8JsonWriter w, string name, T? value, Action<T> write)
        where T : class
    {
        if (value is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        write(value);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
