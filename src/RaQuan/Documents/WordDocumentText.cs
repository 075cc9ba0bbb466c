using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace RaQuan.Documents;

/// <summary>A picture embedded in a document: the name the text refers to it by ("hinh-1.png") and its bytes.</summary>
public sealed record DocumentPicture(string Name, byte[] Data);

/// <summary>The text of a Word or PDF document in the shape <see cref="DocumentReader"/> reads, and its pictures.</summary>
public sealed record DocumentText(string Text, IReadOnlyList<DocumentPicture> Pictures);

/// <summary>
/// Turns a Word document (.docx) into the text a copy of it gives, but laid out from its structure rather than
/// guessed: each row of the header table gives its two columns side by side ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA …"), the
/// signature table gives Nơi nhận, then the signature block; other tables give one tab-separated line per row
/// (a merged cell's value repeated in each column and row it covers); automatic numbering and bullets are written
/// out ("1.", "a)", "-"); words set bold or italic within a paragraph become Markdown emphasis; footnotes follow the
/// paragraph citing them as "¹ text"; each picture is a Markdown image "hinh-N.png".
/// </summary>
public static class WordDocumentText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Reads the file; throws <see cref="InvalidDataException"/> when it is not a Word document.</summary>
    public static DocumentText Read(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            return new Writer(document).Write();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidOperationException or FileFormatException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"it is not a Word document (.docx) that can be read ({e.Message})", e);
        }
    }

    private sealed class Writer(WordprocessingDocument document)
    {
        private readonly StringBuilder _text = new();
        private readonly List<DocumentPicture> _pictures = [];
        private readonly Dictionary<(int Num, int Level), int> _counters = [];
        private readonly Dictionary<string, string> _footnoteMarks = [];
        private readonly List<(string Mark, string Text)> _pendingNotes = [];
        private bool _typeSeen;

        public DocumentText Write()
        {
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the document has no body");
            foreach (var element in Blocks(body))
            {
                switch (element)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Paragraph p:
                        var line = Paragraph(p);
                        Line(line);
                        _typeSeen |= DocumentTypes.Match(SourceText.ToPlain(line)) is not null;
                        FlushNotes();
                        break;
                    case DocumentFormat.OpenXml.Wordprocessing.Table t:
                        Table(t);
                        FlushNotes();
                        break;
                }
            }

            return new DocumentText(_text.ToString(), _pictures);
        }

        // Content controls and inserted revisions hold paragraphs and tables of their own.
        private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement parent)
        {
            foreach (var child in parent.ChildElements)
            {
                if (child is DocumentFormat.OpenXml.Wordprocessing.Paragraph or DocumentFormat.OpenXml.Wordprocessing.Table)
                {
                    yield return child;
                }
                else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
                {
                    foreach (var inner in Blocks(child))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private void Line(string line) => _text.Append(line).Append('\n');

        private void FlushNotes()
        {
            foreach (var (mark, note) in _pendingNotes)
            {
                Line("");
                Line($"{mark} {note}");
            }

            _pendingNotes.Clear();
        }

        private void Table(DocumentFormat.OpenXml.Wordprocessing.Table table)
        {
            var rows = Grid(table);
            var all = rows.SelectMany(r => r).SelectMany(c => c).Select(SourceText.ToPlain).ToList();
            Line("");
            if (!_typeSeen && all.Any(t => HeaderPatterns.NationalMotto().IsMatch(t) || t.StartsWith("Số", StringComparison.Ordinal)))
            {
                // The header: agency and number on the left, motto, place and date on the right, line by line.
                foreach (var row in rows)
                {
                    var cells = row.Select(c => c.Where(l => l.Length > 0).ToList()).ToList();
                    for (var i = 0; i < cells.Max(c => c.Count); i++)
                    {
                        Line(string.Join('\t', cells.Select(c => i < c.Count ? c[i] : "")).TrimEnd('\t'));
                    }
                }
            }
            else if (all.Any(t => ClosingPatterns.Recipients().IsMatch(t) || ClosingPatterns.Authority().IsMatch(t)))
            {
                // The signature table: Nơi nhận, then the signature block, each a run of lines.
                foreach (var cell in rows.SelectMany(r => r.DistinctBy(c => c)))
                {
                    foreach (var line in cell.Where(l => l.Length > 0))
                    {
                        Line(line);
                    }

                    Line("");
                }
            }
            else
            {
                foreach (var row in rows)
                {
                    Line(string.Join('\t', row.Select(c => string.Join(" ", c.Where(l => l.Length > 0)))));
                }
            }

            Line("");
        }

        // Each row as its grid columns, each cell as its lines; a merged cell repeated in every column and row it covers.
        private List<List<List<string>>> Grid(DocumentFormat.OpenXml.Wordprocessing.Table table)
        {
            var rows = new List<List<List<string>>>();
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<List<string>>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var properties = cell.TableCellProperties;
                    var span = properties?.GridSpan?.Val?.Value ?? 1;
                    var continues = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    var column = cells.Count;
                    var lines = continues && rows.Count > 0 && column < rows[^1].Count
                        ? rows[^1][column]
                        : cell.Elements<Paragraph>().Select(Paragraph).SelectMany(l => l.Split('\n')).ToList();
                    for (var i = 0; i < span; i++)
                    {
                        cells.Add(lines);
                    }
                }

                rows.Add(cells);
            }

            return rows;
        }

        private string Paragraph(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph)
        {
            var segments = new List<(string Text, bool Bold, bool Italic)>();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case WordText t when t.Parent is Run run:
                        segments.Add((t.Text, IsOn(run.RunProperties?.Bold), IsOn(run.RunProperties?.Italic)));
                        break;
                    case TabChar:
                        segments.Add(("\t", false, false));
                        break;
                    case Break or CarriageReturn:
                        segments.Add(("\n", false, false));
                        break;
                    case FootnoteReference reference when reference.Id?.Value is { } id:
                        segments.Add((Footnote(id.ToString(CultureInfo.InvariantCulture)), false, false));
                        break;
                    case DocumentFormat.OpenXml.Drawing.Blip blip when blip.Embed?.Value is { } embed:
                        segments.Add((Picture(embed), false, false));
                        break;
                }
            }

            var text = Emphasis(segments);
            return Numbering(paragraph) is { } label && text.Trim().Length > 0 ? label + text.TrimStart() : text;
        }

        private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

        // Emphasis only where part of a paragraph is set apart: a paragraph all in bold is a heading's layout.
        private static string Emphasis(List<(string Text, bool Bold, bool Italic)> segments)
        {
            var words = segments.Where(s => s.Text.Trim().Length > 0).ToList();
            var allBold = words.Count > 0 && words.All(s => s.Bold);
            var allItalic = words.Count > 0 && words.All(s => s.Italic);
            var merged = new List<(string Text, bool Bold, bool Italic)>();
            foreach (var (text, bold, italic) in segments)
            {
                var (b, i) = (bold && !allBold && text.Trim().Length > 0, italic && !allItalic && text.Trim().Length > 0);
                if (merged.Count > 0 && merged[^1].Bold == b && merged[^1].Italic == i)
                {
                    merged[^1] = (merged[^1].Text + text, b, i);
                }
                else
                {
                    merged.Add((text, b, i));
                }
            }

            var builder = new StringBuilder();
            foreach (var (text, bold, italic) in merged)
            {
                var marker = (bold ? "**" : "") + (italic ? "*" : "");
                var core = text.Trim();
                if (marker.Length == 0 || core.Length == 0)
                {
                    builder.Append(text);
                    continue;
                }

                builder.Append(text[..text.IndexOf(core[0], StringComparison.Ordinal)]).Append(marker).Append(core)
                    .Append(new string(marker.Reverse().ToArray())).Append(text[(text.LastIndexOf(core[^1]) + 1)..]);
            }

            return builder.ToString();
        }

        private string Footnote(string id)
        {
            if (!_footnoteMarks.TryGetValue(id, out var mark))
            {
                mark = string.Concat((_footnoteMarks.Count + 1).ToString(CultureInfo.InvariantCulture).Select(d => Superscripts[d - '0']));
                _footnoteMarks[id] = mark;
                var note = document.MainDocumentPart?.FootnotesPart?.Footnotes?.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>()
                    .FirstOrDefault(f => f.Id?.Value.ToString(CultureInfo.InvariantCulture) == id);
                var text = note is null ? "" : string.Join(" ", note.Elements<Paragraph>().Select(Paragraph)).Trim();
                _pendingNotes.Add((mark, text));
            }

            return mark;
        }

        private string Picture(string relationship)
        {
            if (document.MainDocumentPart?.GetPartById(relationship) is not ImagePart image)
            {
                return "";
            }

            using var stream = image.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var extension = Path.GetExtension(image.Uri.OriginalString).ToLowerInvariant() is { Length: > 0 } e ? e : ".png";
            var name = $"hinh-{_pictures.Count + 1}{extension}";
            _pictures.Add(new DocumentPicture(name, copy.ToArray()));
            return $"![Hình {_pictures.Count}]({name})";
        }

        // Word numbers lists itself: the paragraph names a list and a level, the list's definition how to count.
        private string? Numbering(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties;
            if (properties?.NumberingId?.Val?.Value is not { } numId || numId == 0)
            {
                return null;
            }

            var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
            var numbering = document.MainDocumentPart?.NumberingDefinitionsPart?.Numbering;
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var levels = definition?.Elements<Level>().ToDictionary(l => l.LevelIndex?.Value ?? 0) ?? [];
            if (!levels.TryGetValue(level, out var definitionLevel))
            {
                return "- ";
            }

            var format = definitionLevel.NumberingFormat?.Val?.Value;
            if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
            {
                return "- ";
            }

            var key = (numId, level);
            _counters[key] = _counters.TryGetValue(key, out var count) ? count + 1 : definitionLevel.StartNumberingValue?.Val?.Value ?? 1;
            foreach (var deeper in _counters.Keys.Where(k => k.Num == numId && k.Level > level).ToList())
            {
                _counters.Remove(deeper);
            }

            var label = definitionLevel.LevelText?.Val?.Value ?? "%1.";
            for (var l = 0; l <= level; l++)
            {
                var value = _counters.TryGetValue((numId, l), out var c) ? c : 1;
                var f = levels.TryGetValue(l, out var lv) ? lv.NumberingFormat?.Val?.Value : NumberFormatValues.Decimal;
                label = label.Replace($"%{l + 1}", Format(value, f), StringComparison.Ordinal);
            }

            return label.Trim() + " ";
        }

        private static string Format(int value, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.LowerLetter)
            {
                return ((char)('a' + ((value - 1) % 26))).ToString();
            }

            if (format == NumberFormatValues.UpperLetter)
            {
                return ((char)('A' + ((value - 1) % 26))).ToString();
            }

            if (format == NumberFormatValues.UpperRoman)
            {
                return Roman(value);
            }

            if (format == NumberFormatValues.LowerRoman)
            {
                return Roman(value).ToLowerInvariant();
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Roman(int value)
        {
            var (numbers, letters) = (new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 },
                new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" });
            var b = new StringBuilder();
            for (var i = 0; i < numbers.Length; i++)
            {
                for (; value >= numbers[i]; value -= numbers[i])
                {
                    b.Append(letters[i]);
                }
            }

            return b.ToString();
        }
    }
}
