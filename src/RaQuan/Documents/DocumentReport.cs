namespace RaQuan.Documents;

/// <summary>A <see cref="DocumentReading"/> as plain text for a terminal (<c>raquan inspect</c>), labelled in the command's language.</summary>
public static class DocumentReport
{
    private const string Missing = "—";

    /// <summary>One "field: value" line per field, lists indented under their field.</summary>
    public static string Format(DocumentReading r)
    {
        var b = new StringBuilder();
        Field(b, Messages.DocumentReportType, r.Type);
        Field(b, Messages.DocumentReportNumber, r.Number);
        Field(b, Messages.DocumentReportDate, r.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        Field(b, Messages.DocumentReportYear, r.Year?.ToString(CultureInfo.InvariantCulture));
        Field(b, Messages.DocumentReportPlace, r.Place);
        Field(b, Messages.DocumentReportTitle, r.Title);
        Field(b, Messages.DocumentReportIssuer, r.Issuer);
        Field(b, Messages.DocumentReportLocality, r.Locality is { } l ? $"{l.Name} ({l.Level})" : null);
        Field(b, Messages.DocumentReportSigner, r.Signer is { } s ? $"{s.Name} — {string.Join(" / ", s.Authority)}" : null);
        List(b, Messages.DocumentReportRecipients, r.Recipients);
        List(b, Messages.DocumentReportEvents, r.Events.Select(e =>
            $"{DocumentReadingJson.Iso(e.Start)}{(e.End is { } end ? " – " + end.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}"
            + $"{(e.Place is null ? "" : " " + UiLanguage.Format(Messages.DocumentReportAt, e.Place))}{(e.Lunar is null ? "" : $" ({e.Lunar})")}: {e.Text}"));
        List(b, Messages.DocumentReportDeadlines, r.Deadlines.Select(d => $"{d.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: {d.Text}"));
        List(b, Messages.DocumentReportTables, r.Tables.Select(t => UiLanguage.Format(Messages.DocumentReportRows, t.Rows.Count, string.Join(" | ", t.Columns))));
        List(b, Messages.DocumentReportFootnotes, r.Footnotes.Select(f => $"[{f.Mark}] {f.Text}"));
        List(b, Messages.DocumentReportIndicators, r.Indicators.Select(i =>
            $"{i.Label}: {(i.Qualifier is null ? "" : i.Qualifier + " ")}{i.Value.ToString(CultureInfo.InvariantCulture)} {i.Unit}".TrimEnd()));
        List(b, Messages.DocumentReportWarnings, r.Warnings);
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
