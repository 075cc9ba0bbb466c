using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace RaQuan.Tests.Support;

/// <summary>
/// Writes PDFs for tests with PdfPig's builder, in a TrueType font of the machine that has the Vietnamese letters
/// (the standard 14 fonts have none of them).
/// </summary>
internal sealed class PdfFiles
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/Library/Fonts/Arial Unicode.ttf", @"C:\Windows\Fonts\times.ttf",
    ];

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;

    private PdfFiles(string font) => _font = _builder.AddTrueTypeFont(File.ReadAllBytes(font));

    /// <summary>A font file with Vietnamese letters, or null when the machine has none of the usual ones.</summary>
    public static string? Font => Candidates.FirstOrDefault(File.Exists);

    public static PdfFiles Create() => new(Font ?? throw new InvalidOperationException("no TrueType font"));

    public PdfFiles Page()
    {
        _page = _builder.AddPage(595, 842);
        return this;
    }

    /// <summary>Text at a position (points from the page's bottom left), 12 pt unless told.</summary>
    public PdfFiles Text(double x, double y, string text, double size = 12)
    {
        _page!.AddText(text, size, new PdfPoint(x, y), _font);
        return this;
    }

    /// <summary>A paragraph set from <paramref name="x"/> (its first line from <paramref name="indent"/>) to the right margin; returns the next baseline.</summary>
    public double Paragraph(double x, double indent, double right, double y, string text, double size = 12)
    {
        var line = "";
        var start = indent;
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            var letters = _page!.MeasureText(candidate, size, new PdfPoint(start, y), _font);
            if (letters.Count > 0 && letters[^1].BoundingBox.Right > right && line.Length > 0)
            {
                Text(start, y, line, size);
                (line, start, y) = (word, x, y - size * 1.5);
            }
            else
            {
                line = candidate;
            }
        }

        Text(start, y, line, size);
        return y - size * 1.5;
    }

    public PdfFiles Blank()
    {
        _page!.DrawRectangle(new PdfPoint(100, 100), 200, 300);
        return this;
    }

    public void Save(string path) => File.WriteAllBytes(path, _builder.Build());
}

/// <summary>A test that needs a TrueType font with Vietnamese letters: skipped with a message when the machine has none, failing on CI.</summary>
public sealed class PdfFontFactAttribute : FactAttribute
{
    public PdfFontFactAttribute()
    {
        if (PdfFiles.Font is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "no TrueType font with Vietnamese letters found (DejaVu or Liberation); set CI=true to make this a failure";
        }
    }
}
