namespace RaQuan.Documents;

/// <summary>Assembles the Markdown body: content, footnote definitions, signature and Nơi nhận, then any annex.</summary>
internal static class DocumentBody
{
    public static string Write(
        IReadOnlyList<SourceLine> lines, DocumentHeader header, DocumentClosing closing, IReadOnlyList<TableSpan> tables, IReadOnlyList<Footnote> footnotes)
    {
        var inline = new MarkdownInline(footnotes.Select(f => f.Mark).ToHashSet(StringComparer.Ordinal));
        var content = new BodyWriter(lines, tables, inline);
        content.Write(header.BodyStart, closing.BodyEnd);
        var builder = new StringBuilder(content.Markdown());
        foreach (var note in footnotes.DistinctBy(f => f.Mark))
        {
            builder.Append(builder.Length > 0 ? "\n\n" : "").Append("[^").Append(note.Mark).Append("]: ").Append(inline.Convert(note.Text));
        }

        var signature = ClosingMarkdown.Write(closing);
        if (signature.Length > 0)
        {
            builder.Append(builder.Length > 0 ? "\n\n" : "").Append(signature.TrimEnd('\n'));
        }

        var annex = new BodyWriter(lines, tables, inline);
        annex.Write(closing.AppendixStart, lines.Count);
        var annexText = annex.Markdown();
        if (annexText.Length > 0)
        {
            builder.Append(builder.Length > 0 ? "\n\n" : "").Append(annexText);
        }

        return builder.Append('\n').ToString();
    }
}
