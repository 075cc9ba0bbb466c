namespace RaQuan.Documents;

/// <summary>
/// Writes a read document as a content file: front matter filled from the reading, for staff to review, then the
/// structured body. Values the reader could not find are left as commented-out lines to fill in.
/// </summary>
public static class ImportedPlan
{
    /// <param name="today">The day of the import in Vietnam: the plan's <c>publish_date</c>, which dates it in feeds and lists.</param>
    /// <param name="attachments">Paths of files published with the plan, from the site folder; the signed original first.</param>
    /// <param name="slug">The slug the plan's file is named by, written out so that a later change of title keeps its address.</param>
    public static string Write(DocumentReading reading, string? unitSlug, DateOnly today, IReadOnlyList<string>? attachments = null, string? slug = null)
    {
        var b = new StringBuilder("---\n");
        Field(b, "title", reading.Title, "\"Trích yếu của văn bản\"");
        if (slug is { Length: > 0 })
        {
            b.Append("slug: ").Append(slug).Append('\n');
        }

        Field(b, "type", reading.Type, "\"Kế hoạch\"");
        Field(b, "number", reading.Number, "\"66/KH-UBND\"");
        Field(b, "date", reading.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "2024-01-22");
        b.Append("publish_date: ").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        Field(b, "issuer", reading.Issuer, "\"Ủy ban nhân dân xã …\"");
        Field(b, "unit", unitSlug, "slug-cua-don-vi   # from units.yml");

        Field(b, "summary", DocumentSummary.From(reading.Body), "\"Một hai câu tóm tắt.\"");
        if (reading.Signer is { } signer)
        {
            b.Append("signer:\n  name: ").Append(Quote(signer.Name)).Append('\n');
            if (signer.Authority.Count > 0)
            {
                b.Append("  authority: [").Append(string.Join(", ", signer.Authority.Select(Quote))).Append("]\n");
            }
        }
        else
        {
            b.Append("# signer: { name: \"…\", authority: [\"KT. CHỦ TỊCH\", \"PHÓ CHỦ TỊCH\"] }\n");
        }

        if (attachments is { Count: > 0 })
        {
            b.Append("attachments:\n");
            foreach (var attachment in attachments)
            {
                b.Append("  - { title: \"Bản ký số (PDF)\", path: ").Append(Quote(attachment)).Append(" }\n");
            }
        }

        b.Append("---\n").Append(reading.Body.TrimEnd('\n')).Append('\n');
        return b.ToString();
    }

    private static void Field(StringBuilder b, string key, string? value, string example)
    {
        if (value is null)
        {
            b.Append("# ").Append(key).Append(": ").Append(example).Append('\n');
        }
        else
        {
            b.Append(key).Append(": ").Append(key == "date" ? value : Quote(value)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and quote escaped, control characters dropped.</summary>
    internal static string Quote(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\\':
                    b.Append('\\').Append(c);
                    break;
                case < ' ':
                    b.Append(' ');
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        return b.Append('"').ToString();
    }
}
