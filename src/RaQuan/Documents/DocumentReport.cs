using System.Globalization;
using System.Text;

namespace RaQuan.Documents;

/// <summary>A <see cref="DocumentReading"/> as plain text for a terminal (<c>raquan inspect</c>).</summary>
public static class DocumentReport
{
    private const string Missing = "—";

    /// <summary>One "field: value" line per field, lists indented under their field.</summary>
    public static string Format(DocumentReading r)
    {
        var b = new StringBuilder();
        Field(b, "Type", r.Type);
        Field(b, "Number", r.Number);
        Field(b, "Date", r.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        Field(b, "Year", r.Year?.ToString(CultureInfo.InvariantCulture));
        Field(b, "Place", r.Place);
        Field(b, "Title", r.Title);
        Field(b, "Issuer", r.Issuer);
        Field(b, "Locality", r.Locality is { } l ? $"{l.Name} ({l.Level})" : null);
        Field(b, "Signer", r.Signer is { } s ? $"{s.Name} — {string.Join(" / ", s.Authority)}" : null);
        List(b, "Recipients", r.Recipients);
        List(b, "Events", r.Events.Select(e =>
            $"{DocumentReadingJson.Iso(e.Start)}{(e.End is { } end ? " – " + end.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}"
            + $"{(e.Place is null ? "" : " at " + e.Place)}{(e.Lunar is null ? "" : $" ({e.Lunar})")}: {e.Text}"));
        List(b, "Deadlines", r.Deadlines.Select(d => $"{d.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: {d.Text}"));
        List(b, "Tables", r.Tables.Select(t => $"{t.Rows.Count} rows: {string.Join(" | ", t.Columns)}"));
        List(b, "Footnotes", r.Footnotes.Select(f => $"[{f.Mark}] {f.Text}"));
        List(b, "Indicators", r.Indicators.Select(i =>
            $"{i.Label}: {(i.Qualifier is null ? "" : i.Qualifier + " ")}{i.Value.ToString(CultureInfo.InvariantCulture)} {i.Unit}".TrimEnd()));
        List(b, "Warnings", r.Warnings);
        return b.ToString();
    }

    private static void Field(StringBuilder b, string name, string? value) =>
        b.Append(name).Append(": ").Append(value ?? Missing).Append('\n');

    private static void List(StringBuilder b, string name, IEnumerable<string> items)
    {
        var all = items.ToList();
        b.Append(name).Append(": ").Append(all.Count == 0 ? Missing : all.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var item in all)
        {
            b.Append("  - ").Append(item).Append('\n');
        }
    }
}
