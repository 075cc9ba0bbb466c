namespace RaQuan.Documents;

/// <summary>
/// Target figures: "Label: figure unit" or "Label đạt figure unit", one per clause. A clause after "Trong đó" breaks
/// the previous figure down and is not a target of its own; a figure followed by a remark is not a clean target.
/// </summary>
internal static partial class IndicatorReader
{
    public static List<Indicator> Read(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var indicators = new List<Indicator>();
        foreach (var line in ContentLines.Between(lines, from, to))
        {
            if (line.Plain.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            {
                continue;
            }

            foreach (var clause in Clauses().Split(ContentLines.Sentence(line)))
            {
                if (clause.TrimStart().StartsWith("Trong đó", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                var m = LabelAndFigure().Match(clause.Trim());
                if (m.Success && VietnameseNumber.TryParseQuantity(m.Groups["value"].Value, out var q) && Unit().IsMatch(q.Unit))
                {
                    indicators.Add(new Indicator(m.Groups["label"].Value.Trim(), q.Value, q.Unit, q.Qualifier));
                }
            }
        }

        return indicators;
    }

    [GeneratedRegex(@";|\.\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Clauses();

    /// <summary>The label has no digits or brackets: "Xây dựng thêm 03 sản phẩm đạt 03 sao" counts products, it sets no figure.</summary>
    [GeneratedRegex(@"^(?<label>\p{Lu}[^:\d()\[\]]{2,80}?)(?:\s*:|\s+đạt\b\s*:?)\s*(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAndFigure();

    [GeneratedRegex(@"^(?:%|\p{L}+(?:[ /]\p{L}+){0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Unit();
}
