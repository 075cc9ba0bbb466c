using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace RaQuan.Documents;

/// <summary>
/// The text layer of a signed PDF, rebuilt from the positions of its words into the text a copy gives: words on one
/// baseline make a line; a wide gap splits it into columns, written tab-separated (the header's two columns, a
/// table's cells); Nơi nhận and the signature block beside it are written one after the other; a line that runs to
/// the right margin is joined with the next when that one is not indented and does not open an item; page numbers
/// and a running header repeated on the pages are left out. A scan has no text layer and no OCR is attempted.
/// </summary>
public static partial class PdfDocumentText
{
    /// <summary>The document's text; null when no page has a text layer (a scanned PDF).</summary>
    public static DocumentText? Read(string path)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"it is not a PDF that can be read ({e.Message})", e);
        }

        using (pdf)
        {
            var pages = pdf.GetPages().Select(Lines).ToList();
            if (pages.All(p => p.Count == 0))
            {
                return null;
            }

            RemoveFurniture(pages);
            var builder = new StringBuilder();
            foreach (var page in pages)
            {
                foreach (var line in page)
                {
                    builder.Append(line).Append('\n');
                }
            }

            return new DocumentText(builder.ToString(), []);
        }
    }

    private sealed record Segment(double Left, double Right, string Text);

    private sealed record Line(double Baseline, double Size, List<Segment> Segments)
    {
        public double Left => Segments[0].Left;
        public double Right => Segments[^1].Right;
        public string Text => string.Join('\t', Segments.Select(s => s.Text));
    }

    private static List<string> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        // Words on one baseline, within a third of the type size: subscripts and footnote marks stay on their line.
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var size = Size(word);
            var line = lines.FirstOrDefault(l => Math.Abs(Baseline(l[0]) - Baseline(word)) < size / 3);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        var built = lines.Select(Build).OrderByDescending(l => l.Baseline).ToList();
        return Text(built, page.Width);
    }

    private static Line Build(List<Word> words)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var size = ordered.Average(Size);
        var segments = new List<Segment>();
        foreach (var word in ordered)
        {
            // A gap of two em or more is no space between words: it is the next column.
            if (segments.Count > 0 && word.BoundingBox.Left - segments[^1].Right < 2 * size)
            {
                var last = segments[^1];
                segments[^1] = new Segment(last.Left, word.BoundingBox.Right, last.Text + " " + word.Text);
            }
            else
            {
                segments.Add(new Segment(word.BoundingBox.Left, word.BoundingBox.Right, word.Text));
            }
        }

        return new Line(Baseline(ordered[0]), size, segments);
    }

    private static List<string> Text(List<Line> lines, double pageWidth)
    {
        var single = lines.Where(l => l.Segments.Count == 1).ToList();
        var (left, right) = single.Count > 0 ? (single.Min(l => l.Left), single.Max(l => l.Right)) : (0, pageWidth);
        var middle = pageWidth / 2;
        var text = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (ClosingPatterns.Recipients().IsMatch(line.Segments[0].Text))
            {
                i = Closing(lines, i, middle, text) - 1;
                continue;
            }

            var current = line.Text;
            // A line that fills the measure continues on the next when that one starts at the margin.
            while (line.Segments.Count == 1 && line.Right >= right - 2 * line.Size && i + 1 < lines.Count
                   && lines[i + 1] is { Segments.Count: 1 } next && next.Left <= left + line.Size / 2
                   && next.Baseline > line.Baseline - 2 * line.Size && !OpensItem().IsMatch(next.Text))
            {
                current += " " + next.Text;
                line = next;
                i++;
            }

            text.Add(current);
        }

        return text;
    }

    // Nơi nhận on the left, the signature block on the right: each column in turn, up to a line across the page.
    private static int Closing(List<Line> lines, int start, double middle, List<string> text)
    {
        var (recipients, signature) = (new List<string>(), new List<string>());
        var i = start;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > start && line.Segments.Count == 1 && line.Left < middle && line.Right > middle + line.Size)
            {
                break;
            }

            foreach (var segment in line.Segments)
            {
                (segment.Left < middle ? recipients : signature).Add(segment.Text);
            }
        }

        text.AddRange(recipients);
        text.Add("");
        text.AddRange(signature);
        text.Add("");
        return i;
    }

    // Page numbers ("2", "- 2 -", "Trang 2") at a page's top or foot, and a running header repeated over pages.
    private static void RemoveFurniture(List<List<string>> pages)
    {
        foreach (var page in pages)
        {
            if (page.Count > 0 && PageNumber().IsMatch(page[^1]))
            {
                page.RemoveAt(page.Count - 1);
            }

            if (page.Count > 0 && PageNumber().IsMatch(page[0]))
            {
                page.RemoveAt(0);
            }
        }

        if (pages.Count < 2)
        {
            return;
        }

        var firsts = pages.Where(p => p.Count > 0).Select(p => Digits().Replace(p[0], "#")).GroupBy(t => t).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        foreach (var page in pages.Where(p => p.Count > 0 && firsts.Contains(Digits().Replace(p[0], "#"))))
        {
            page.RemoveAt(0);
        }
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => Math.Max(word.Letters.Average(l => l.PointSize), 1);

    [GeneratedRegex(@"^(?:Trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*/\s*\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // An item's opening: "-", "+", "•", "1.", "1.2.", "a)", "I.", "Điều 2.", "Nơi nhận".
    [GeneratedRegex(@"^(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\s*[.)]\s|Điều\s+\d|Nơi\s+nhận)", RegexOptions.CultureInvariant)]
    private static partial Regex OpensItem();
}
