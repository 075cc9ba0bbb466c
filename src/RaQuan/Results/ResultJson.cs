using System.Text.Encodings.Web;
using RaQuan.Rendering;
using RaQuan.Rendering.Api;

namespace RaQuan.Results;

/// <summary>
/// A table as JSON for developers and journalists (schema in docs/reference/content-format.md, "Result tables"). Figures are JSON numbers
/// written from exact decimals; null is no data. <see cref="Version"/> changes only when the shape does.
/// </summary>
internal static class ResultJson
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ResultTable table, SiteUrls urls)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("version", Version);
            w.WriteString("name", table.Slug);
            w.WriteString("title", table.Title);
            w.WriteString("period", table.Period);
            w.WriteString("notes", table.Notes);
            w.WriteString("url", urls.Absolute(urls.Result(table)));
            if (table.SourcePlan is { } plan)
            {
                w.WriteStartObject("source_plan");
                w.WriteString("slug", plan.Slug);
                w.WriteString("title", plan.Title);
                w.WriteString("url", urls.Absolute(urls.Plan(plan)));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("source_plan");
            }

            WriteColumns(w, table);
            WriteRows(w, table, urls);
            WriteTotals(w, table);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteColumns(Utf8JsonWriter w, ResultTable table)
    {
        w.WriteStartArray("columns");
        foreach (var c in table.Columns)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteString("label", c.Label);
            w.WriteString("unit", c.Measure);
            w.WriteString("aggregate", c.Aggregate.ToString().ToLowerInvariant());
            w.WriteString("target", c.Target?.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRows(Utf8JsonWriter w, ResultTable table, SiteUrls urls)
    {
        w.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            ApiJson.Unit(w, row.Unit, urls, withCode: true);
            w.WriteStartObject("values");
            foreach (var c in table.Columns)
            {
                WriteNumber(w, c.Id, row[c]);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTotals(Utf8JsonWriter w, ResultTable table)
    {
        w.WriteStartObject("totals");
        foreach (var c in table.Columns)
        {
            var total = table.Total(c);
            w.WriteStartObject(c.Id);
            WriteNumber(w, "value", total.Value);
            w.WriteNumber("reporting", total.Reporting);
            if (c.Target is { } target)
            {
                WriteNumber(w, "percent_of_target", ResultTable.PercentOf(total.Value, table.Total(target).Value));
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
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
}
