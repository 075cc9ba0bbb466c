namespace RaQuan.Documents;

/// <summary>
/// Recognises the form of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP) in text staff copied from
/// the signed file, and fills in its metadata and a structured Markdown body.
/// </summary>
public static class DocumentReader
{
    // The subject sentence ("Ủy ban nhân dân tỉnh ban hành …") closes the preamble, which is never long.
    private const int PreambleLines = 40;

    /// <summary>Reads <paramref name="text"/>. Never throws: what cannot be read is null and explained in the warnings.</summary>
    public static DocumentReading Read(string text)
    {
        try
        {
            return ReadDocument(text ?? "");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader runs on whatever staff paste; a page with a warning beats a failed build.
            return new DocumentReading { Warnings = [DocumentWarnings.Failed(e.GetType().Name)] };
        }
    }

    // The portal's metadata table fills what the header lacks, and says so; it never overrides the document.
    private static DocumentHeader WithMetadata(DocumentHeader header, WebPage.Metadata? metadata, List<string> warnings)
    {
        if (metadata is null)
        {
            return header;
        }

        if (header.Number is null && metadata.Number is not null)
        {
            warnings.Add(DocumentWarnings.FromMetadata(metadata.Line, "number", metadata.Number));
            header = header with { Number = metadata.Number };
        }
        else if (header.Number is not null && metadata.Number is not null && header.Number != metadata.Number)
        {
            warnings.Add(DocumentWarnings.MetadataDiffers(metadata.Line, "number", metadata.Number, header.Number));
        }

        if (header.Date is null && metadata.Date is { } date)
        {
            warnings.Add(DocumentWarnings.FromMetadata(metadata.Line, "date", date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
            header = header with { Date = date, Year = header.Year ?? date.Year };
        }

        if (header.Type is null && metadata.Type is not null)
        {
            warnings.Add(DocumentWarnings.FromMetadata(metadata.Line, "type", metadata.Type));
            header = header with { Type = metadata.Type };
        }

        return header;
    }

    // A document posted without its type line: the page's heading names it, or failing that the code in its number.
    private static DocumentHeader WithType(DocumentHeader header, IReadOnlyList<SourceLine> page, List<string> warnings)
    {
        if (header.Type is not null && header.Title is not null)
        {
            return header;
        }

        if (WebPage.Heading(page) is { } heading && (header.Type is null || header.Type == heading.Type))
        {
            warnings.Add(DocumentWarnings.TypeFromHeading(heading.Line, heading.Type));
            return header with { Type = heading.Type, Title = header.Title ?? heading.Title };
        }

        if (header.Type is null && header.Number is { } number && WebPage.TypeOfNumber(number) is { } type)
        {
            warnings.Add(DocumentWarnings.TypeFromNumber(1, type, number));
            return header with { Type = type };
        }

        return header;
    }

    // The page's heading repeats the document's title; when it goes on with the line after the title (a title
    // wrapped over lines the page set apart by a blank line), that line is the title's end, not the content's start.
    private static DocumentHeader WithHeadingTitle(DocumentHeader header, IReadOnlyList<SourceLine> page, IReadOnlyList<SourceLine> lines)
    {
        var next = header.BodyStart;
        while (next < lines.Count && lines[next].IsBlank)
        {
            next++;
        }

        if (header.Title is not { } title || next >= lines.Count || next == header.BodyStart)
        {
            return header;
        }

        var joined = title + " " + lines[next].Plain;
        var limit = Math.Min(page.Count, header.BodyStart);
        for (var i = 0; i < limit; i++)
        {
            if (lines[i].IsBlank && page[i].Plain == joined)
            {
                return header with { Title = joined, BodyStart = next + 1 };
            }
        }

        return header;
    }

    private static DocumentReading ReadDocument(string text)
    {
        var warnings = new List<string>();
        var page = SourceText.Split(WebPage.Repair(text));
        var (lines, metadata) = WebPage.Trim(page);
        var header = WithHeadingTitle(WithType(WithMetadata(HeaderReader.Read(lines, warnings), metadata, warnings), page, warnings), page, lines);
        var closing = ClosingReader.Read(lines, header.BodyStart, warnings);
        var footnotes = FootnoteReader.Read(lines, warnings);
        var tables = TableReader.Read(lines, header.BodyStart, closing.BodyEnd, warnings);
        tables.AddRange(TableReader.Read(lines, closing.AppendixStart, lines.Count, warnings));
        var issuer = IssuerReader.Read(lines, header, Math.Min(closing.BodyEnd, header.BodyStart + PreambleLines));
        if (issuer is null)
        {
            warnings.Add(DocumentWarnings.NoIssuer(lines.Count > header.BodyStart ? lines[header.BodyStart].Number : 1));
        }

        if (header.Date is null && header.Year is null)
        {
            warnings.Add(DocumentWarnings.NoDate(1));
        }

        return new DocumentReading
        {
            Type = header.Type,
            Number = header.Number,
            Date = header.Date,
            Year = header.Year ?? DocumentYear.Infer(lines, closing.AppendixStart, header.Type, header.Title),
            Place = header.Place,
            Title = RunTogether.Repair(header.Title, lines),
            Issuer = issuer?.Issuer,
            Locality = issuer?.Locality,
            Signer = closing.Signer,
            Recipients = closing.Recipients,
            Events = EventReader.Read(lines, header.BodyStart, closing.BodyEnd, warnings),
            Deadlines = DeadlineReader.Read(lines, header.BodyStart, closing.BodyEnd),
            Tables = tables.Select(t => t.Table).ToList(),
            Footnotes = footnotes,
            Indicators = IndicatorReader.Read(lines, header.BodyStart, closing.BodyEnd),
            Warnings = warnings,
            Body = DocumentBody.Write(lines, header, closing, tables, footnotes),
        };
    }
}
