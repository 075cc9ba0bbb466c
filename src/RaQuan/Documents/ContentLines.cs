namespace RaQuan.Documents;

/// <summary>The content lines worth reading for facts: not furniture, not footnotes, not table rows.</summary>
internal static class ContentLines
{
    // Facts sit in sentences; a longer line is a blob (a pasted file without line breaks) not worth scanning.
    private const int LongestLine = 4000;

    public static IEnumerable<SourceLine> Between(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var i = from; i < to && i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsBlank && line.Plain.Length <= LongestLine && !PortalFurniture.Is(line.Plain)
                && !TableReader.IsRow(line) && !FootnoteMarks.TryReadDefinition(line.Text, out _, out _))
            {
                yield return line;
            }
        }
    }

    /// <summary>The line without its list marker.</summary>
    public static string Sentence(SourceLine line) => line.Plain.TrimStart('-', '+', '•', '–', ' ');
}
