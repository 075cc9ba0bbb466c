using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace RaQuan.Tests.Support;

/// <summary>
/// Writes .docx files for tests, laid out as ND 30/2020 documents are typed: a borderless two-column header table,
/// paragraphs with runs in bold or italic, Word's own numbering, tables with merged cells, footnotes, a picture and
/// the signature table.
/// </summary>
internal sealed class WordDocuments : IDisposable
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly WordprocessingDocument _document;
    private readonly Body _body = new();
    private int _footnotes;

    private WordDocuments(string path)
    {
        _document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body);
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            Abstract(1, NumberFormatValues.UpperRoman, "%1."),
            Abstract(2, NumberFormatValues.Bullet, "-"),
            Abstract(3, NumberFormatValues.LowerLetter, "%1)"),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 },
            new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = 3 });
        var footnotes = main.AddNewPart<FootnotesPart>();
        footnotes.Footnotes = new Footnotes();
    }

    public static WordDocuments Create(string path) => new(path);

    /// <summary>A run: "**x**" bold, "*x*" italic, else plain.</summary>
    public static Run R(string text)
    {
        var (bold, italic) = (text.StartsWith("**", StringComparison.Ordinal), !text.StartsWith("**", StringComparison.Ordinal) && text.StartsWith('*'));
        var plain = text.Trim('*');
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new WordText(plain) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph P(params Run[] runs) => new(runs);

    public WordDocuments Para(params string[] runs)
    {
        _body.Append(P(runs.Select(R).ToArray()));
        return this;
    }

    /// <summary>A paragraph of Word's list 1 (I., II.), 2 (bullets) or 3 (a), b)).</summary>
    public WordDocuments Listed(int list, params string[] runs)
    {
        var p = P(runs.Select(R).ToArray());
        p.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list })));
        _body.Append(p);
        return this;
    }

    public WordDocuments WithFootnote(string text, string note)
    {
        var id = ++_footnotes;
        var footnotes = _document.MainDocumentPart!.FootnotesPart!.Footnotes!;
        footnotes.Append(new Footnote(P(R(note))) { Id = id });
        _body.Append(P(R(text), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id })));
        return this;
    }

    /// <summary>A table; a cell "&gt;" continues the cell to its left (gridSpan), "^" the cell above (vMerge); "\n" separates a cell's paragraphs.</summary>
    public WordDocuments Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] == ">")
                {
                    continue;
                }

                var span = 1;
                while (c + span < rows[r].Length && rows[r][c + span] == ">")
                {
                    span++;
                }

                var properties = new TableCellProperties();
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                var continues = rows[r][c] == "^";
                if (continues)
                {
                    properties.Append(new VerticalMerge());
                }
                else if (r + 1 < rows.Length && c < rows[r + 1].Length && rows[r + 1][c] == "^")
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }

                var cell = new TableCell(properties);
                foreach (var line in (continues ? "" : rows[r][c]).Split('\n'))
                {
                    cell.Append(P(R(line)));
                }

                row.Append(cell);
            }

            table.Append(row);
        }

        _body.Append(table);
        return this;
    }

    public WordDocuments Picture()
    {
        var main = _document.MainDocumentPart!;
        var image = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(Png))
        {
            image.FeedData(stream);
        }

        var blip = new DocumentFormat.OpenXml.Drawing.Blip { Embed = main.GetIdOfPart(image) };
        var picture = new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
            new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 0U, Name = "hinh.png" },
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
            new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(blip, new DocumentFormat.OpenXml.Drawing.Stretch()),
            new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties());
        var inline = new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = 9525, Cy = 9525 },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Hình 1" },
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }));
        _body.Append(P(new Run(new Drawing(inline))));
        return this;
    }

    public void Dispose() => _document.Dispose();

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 })
        { AbstractNumberId = id };
}
