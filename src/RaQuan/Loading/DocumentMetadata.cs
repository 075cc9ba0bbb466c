using RaQuan.Documents;

namespace RaQuan.Loading;

/// <summary>
/// When a plan is the pasted text of a signed document rather than front matter and Markdown, the document reader
/// fills in what the front matter leaves out. Front matter always wins.
/// </summary>
internal static class DocumentMetadata
{
    /// <summary>
    /// A file is read as a document when its front matter does not give the title: staff pasting a signed
    /// document do not write YAML. Files with a title in front matter are authored Markdown and left as they are.
    /// </summary>
    public static DocumentReading? ReadIfDocument(MarkdownFile file) =>
        file.Fields.Has("title") ? null : DocumentReader.Read(file.Body);

    /// <summary>The reader found the document's header (its type line), so its structured body replaces the pasted text.</summary>
    public static bool UsesReaderBody(DocumentReading? reading) => reading is { Type: not null, Body.Length: > 0 };

    /// <summary>Reports the reader's warnings at the file's lines: a reader line N is body line N.</summary>
    public static void ReportWarnings(DocumentReading reading, SourceLocation file, int bodyLine, Diagnostics diagnostics)
    {
        foreach (var warning in reading.Warnings)
        {
            var (at, message) = DocumentWarnings.SplitLine(warning);
            var line = at is { } n ? bodyLine + n - 1 : file.Line;
            diagnostics.Warning(file with { Line = line, Column = 0 }, message,
                Messages.DocumentValueFix);
        }
    }
}
