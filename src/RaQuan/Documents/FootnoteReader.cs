namespace RaQuan.Documents;

/// <summary>
/// Word puts footnotes at the foot of each page, so a copy has the note lines in the middle of the text, right after
/// the paragraph where the page broke. A note is a line that starts with a mark.
/// </summary>
internal static class FootnoteReader
{
    public static List<Footnote> Read(IReadOnlyList<SourceLine> lines, List<string> warnings)
    {
        var notes = new List<(Footnote Note, int Line)>();
        var references = new List<(string Mark, int Line)>();
        foreach (var line in lines)
        {
            if (FootnoteMarks.TryReadDefinition(line.Text, out var mark, out var text))
            {
                notes.Add((new Footnote(mark, SourceText.ToPlain(text)), line.Number));
            }
            else if (!ReferenceEquals(FootnoteMarks.Remove(line.Text), line.Text))
            {
                FootnoteMarks.Replace(line.Text, m =>
                {
                    references.Add((m, line.Number));
                    return null;
                });
            }
        }

        var defined = notes.Select(n => n.Note.Mark).ToHashSet(StringComparer.Ordinal);
        var referenced = references.Select(r => r.Mark).ToHashSet(StringComparer.Ordinal);
        warnings.AddRange(references.Where(r => !defined.Contains(r.Mark)).Select(r => DocumentWarnings.UnknownFootnote(r.Line, r.Mark)));
        warnings.AddRange(notes.Where(n => !referenced.Contains(n.Note.Mark)).Select(n => DocumentWarnings.UnusedFootnote(n.Line, n.Note.Mark)));
        return notes.Select(n => n.Note).ToList();
    }
}
