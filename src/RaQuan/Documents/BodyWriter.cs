namespace RaQuan.Documents;

/// <summary>
/// Turns the content lines into Markdown with the structure the signed document has: I. → ##, 1. → ###, 2.1. → ####,
/// a) items, - and + lists, tables, footnotes. Word paragraphs arrive one per line, so each line is a block, except
/// that a line starting in lower case finishes the sentence a page break cut.
/// </summary>
internal sealed class BodyWriter(IReadOnlyList<SourceLine> lines, IReadOnlyList<TableSpan> tables, MarkdownInline inline)
{
    // Longer "1. …" lines are paragraphs that start with a number, not section titles.
    private const int LongestHeading = 150;

    // A block's text grows as lower-case lines finish its sentence: one builder each, so a long run of them is read
    // in linear time (joining strings copied the whole paragraph for every line).
    private readonly List<(BlockKind Kind, StringBuilder Text)> blocks = [];

    // Where each table starts: asked for every line, so a document of many small tables is not tables × lines.
    private readonly Dictionary<int, TableSpan> tableStarts = tables.GroupBy(t => t.Start).ToDictionary(g => g.Key, g => g.First());

    public void Write(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.IsBlank || PortalFurniture.Is(line.Plain) || FootnoteMarks.TryReadDefinition(line.Text, out _, out _))
            {
                continue;
            }

            if (tableStarts.TryGetValue(i, out var table))
            {
                Add(BlockKind.Table, MarkdownTable.Write(table.Cells, inline));
                i = table.End - 1;
            }
            else if (BodyPatterns.Rule().IsMatch(line.Text))
            {
                // The rule Word draws above a page's footnotes is not part of the content.
                if (!NextIsFootnote(i + 1, to))
                {
                    Add(BlockKind.Rule, "---");
                }
            }
            else if (char.IsLower(line.Plain[0]) && blocks.Count > 0 && blocks[^1].Kind is BlockKind.Paragraph or BlockKind.Item or BlockKind.SubItem)
            {
                blocks[^1].Text.Append(' ').Append(inline.Convert(line.Text.Trim()));
            }
            else
            {
                i = WriteLine(i, to);
            }
        }
    }

    public string Markdown()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(IsListItem(blocks[i - 1].Kind) && IsListItem(blocks[i].Kind) ? "\n" : "\n\n");
            }

            builder.Append(blocks[i].Text);
        }

        return builder.ToString();
    }

    private int WriteLine(int i, int to)
    {
        var (text, last) = JoinOpenEmphasis(i, to);
        var plain = SourceText.ToPlain(text);
        if (BodyPatterns.MarkdownHeading().Match(text) is { Success: true } heading)
        {
            Add(BlockKind.Heading, heading.Groups["hashes"].Value + " " + inline.Heading(heading.Groups["t"].Value));
        }
        else if (BodyPatterns.Roman().Match(plain) is { Success: true } roman && plain.Length <= LongestHeading)
        {
            Add(BlockKind.Heading, "## " + inline.Heading(text));
        }
        else if (BodyPatterns.Numbered().Match(plain) is { Success: true } numbered
                 && (numbered.Groups["dot"].Success || numbered.Groups["n"].Value.Contains('.', StringComparison.Ordinal)))
        {
            var depth = numbered.Groups["n"].Value.Count(c => c == '.') + 1;
            Add(plain.Length <= LongestHeading ? BlockKind.Heading : BlockKind.Paragraph, plain.Length <= LongestHeading
                ? new string('#', depth + 2) + " " + inline.Heading(text)
                : $"**{numbered.Groups["n"].Value}.** " + inline.Convert(numbered.Groups["t"].Value));
        }
        else if (BodyPatterns.Lettered().Match(plain) is { Success: true } lettered)
        {
            var rest = text.StartsWith(lettered.Groups["n"].Value + ")", StringComparison.Ordinal) ? text[2..].Trim() : lettered.Groups["t"].Value;
            Add(BlockKind.Paragraph, $"**{lettered.Groups["n"].Value})** " + inline.Convert(rest));
        }
        else if (BodyPatterns.SubItem().Match(text) is { Success: true } sub)
        {
            Add(BlockKind.SubItem, "  - " + inline.Convert(sub.Groups["t"].Value.Trim()));
        }
        else if (BodyPatterns.Item().Match(text) is { Success: true } item)
        {
            Add(BlockKind.Item, "- " + inline.Convert(item.Groups["t"].Value.Trim()));
        }
        else
        {
            Add(BlockKind.Paragraph, inline.Convert(text.Trim()));
        }

        return last;
    }

    /// <summary>"**BIỂU CHI TIẾT …" opened on one line and closed on the next: one block, or the bold would leak.</summary>
    private (string Text, int Last) JoinOpenEmphasis(int i, int to)
    {
        var text = lines[i].Text;
        var last = i;
        while (CountBold(text) % 2 == 1 && last + 1 < to && !lines[last + 1].IsBlank && last - i < 5)
        {
            last++;
            text += " " + lines[last].Text.Trim();
        }

        return (text, last);
    }

    private static int CountBold(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("**", StringComparison.Ordinal); at >= 0; at = text.IndexOf("**", at + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private bool NextIsFootnote(int i, int to)
    {
        while (i < to && lines[i].IsBlank)
        {
            i++;
        }

        return i < to && FootnoteMarks.TryReadDefinition(lines[i].Text, out _, out _);
    }

    private void Add(BlockKind kind, string text) => blocks.Add((kind, new StringBuilder(text)));

    private static bool IsListItem(BlockKind kind) => kind is BlockKind.Item or BlockKind.SubItem;
}
