using RaQuan.Model;

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

    private static DocumentReading ReadDocument(string text)
    {
        var warnings = new List<string>();
        var lines = SourceText.Split(text);
        var header = HeaderReader.Read(lines, warnings);
        var closing = ClosingReader.Read(lines, header.BodyStart, warnings);
        var footnotes = FootnoteReader.Read(lines, warnings);
        var tables = TableReader.Read(lines, header.BodyStart, closing.BodyEnd, warnings);
        tables.AddRange(TableReader.Read(lines, closing.AppendixStart, lines.Count, warnings));
        var locality = IssuerReader.Read(lines, header, Math.Min(closing.BodyEnd, header.BodyStart + PreambleLines));
        if (locality is null)
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
            Title = header.Title,
            Issuer = locality is null ? null : IssuerReader.Issuer(locality),
            Locality = locality,
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
