using RaQuan.Documents;
using RaQuan.Loading;
using RaQuan.Vietnamese;

namespace RaQuan.Cli;

/// <summary>Reads a document for <c>inspect</c> and <c>import</c>: a Word file, a PDF, or pasted text within the limits and encodings a build accepts.</summary>
internal static class DocumentFile
{
    /// <summary>The document's text and pictures, or null after printing why it cannot be read.</summary>
    public static async Task<DocumentText?> ReadDocumentAsync(string path, LegacyEncoding? from, string command, TextWriter error)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".docx" or ".pdf"))
        {
            return await ReadAsync(path, from, command, error) is { } text ? new DocumentText(text, []) : null;
        }

        try
        {
            if (extension == ".docx")
            {
                return WordDocumentText.Read(path);
            }

            if (PdfDocumentText.Read(path) is { } pdf)
            {
                return pdf;
            }

            await error.WriteLineAsync(ContentErrors.ScannedPdf(path).ToString());
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync(ReportText.Line(path, isWarning: false, e.Message));
            return null;
        }
    }

    /// <summary>
    /// The document's text, or null after printing why it cannot be read: too large, not Unicode, or typed in TCVN3
    /// or VNI without <paramref name="from"/> (the error then names the <paramref name="command"/> to run with --from).
    /// </summary>
    public static async Task<string?> ReadAsync(string path, LegacyEncoding? from, string command, TextWriter error)
    {
        var diagnostics = new Diagnostics(BuildStage.Load);
        string? text;
        try
        {
            text = from is { } encoding
                ? TextFiles.LoadLegacy(path, path, encoding, diagnostics)
                : TextFiles.Load(path, path, diagnostics, ContentFileKind.Markdown, command);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(ReportText.Line(path, isWarning: false, e.Message));
            return null;
        }

        foreach (var item in diagnostics.Items)
        {
            await error.WriteLineAsync(item.ToString());
        }

        return text;
    }
}
