namespace RaQuan.Documents;

/// <summary>
/// The year when the date line is missing: an annex saying "Kèm theo Kế hoạch số … năm 2024" speaks of this very
/// document; failing that, plans name their year in the title ("… đầu năm 2024").
/// </summary>
internal static partial class DocumentYear
{
    public static int? Infer(IReadOnlyList<SourceLine> lines, int appendixStart, string? type, string? title)
    {
        if (type is not null)
        {
            for (var i = appendixStart; i < lines.Count; i++)
            {
                var m = AttachedTo().Match(lines[i].Plain);
                if (m.Success && m.Groups["type"].Value.Equals(type, StringComparison.OrdinalIgnoreCase))
                {
                    return Year(m);
                }
            }
        }

        if (title is null)
        {
            return null;
        }

        var named = TitleYear().Match(title);
        return named.Success ? Year(named) : null;
    }

    private static int Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Kèm theo\s+(?<type>\p{L}+(?:\s+\p{L}+)?)\s+số\b[^()]{0,60}?năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttachedTo();

    [GeneratedRegex(@"(?:năm\s+|\b)(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();
}
