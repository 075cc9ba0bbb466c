namespace RaQuan.Documents;

/// <summary>"trước ngày 26 tháng 02 năm 2024", "chậm nhất ngày 15/02/2024".</summary>
internal static class DeadlineReader
{
    public static List<Deadline> Read(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var deadlines = new List<Deadline>();
        foreach (var line in ContentLines.Between(lines, from, to))
        {
            if (!EventPatterns.MayHoldDate(line.Plain))
            {
                continue;
            }

            foreach (var m in EventPatterns.Deadline().Matches(line.Plain).Cast<System.Text.RegularExpressions.Match>())
            {
                if (VietnameseDate.TryParse(m.Groups["date"].Value, out var date, out _))
                {
                    deadlines.Add(new Deadline(date, ContentLines.Sentence(line)));
                }
            }
        }

        return deadlines;
    }
}
