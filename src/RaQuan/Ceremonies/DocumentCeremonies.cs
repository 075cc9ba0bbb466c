using System.Net;
using RaQuan.Units;
using RaQuan.Documents;

namespace RaQuan.Ceremonies;

/// <summary>
/// Ceremonies a plan's own text lays out: an appendix table with a row per unit (unit, content, place, scale), all at
/// the time of the plan's event, each following the plan's programme table. Seed 000, the Kon Tum plan, lists its
/// ten district ceremony points this way.
/// </summary>
internal static partial class DocumentCeremonies
{
    public static IEnumerable<Ceremony> Read(Plan plan, DocumentReading reading, UnitNames units, Diagnostics diagnostics)
    {
        if (plan.Events.Count == 0 || reading.Tables.FirstOrDefault(IsPointsTable) is not { } points)
        {
            yield break;
        }

        var start = plan.Events[0].Start;
        var end = plan.Events[0].End ?? (Duration().Match(reading.Body) is { Success: true } m ? start.AddMinutes(int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)) : null);
        var agenda = reading.Tables.FirstOrDefault(IsAgendaTable) is { } programme ? Agenda(programme) : [];
        var unitColumn = Column(points, IsUnitHeader);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in points.Rows)
        {
            var unitText = Cell(row, unitColumn);
            if (unitText is null)
            {
                continue;
            }

            var found = units.Find(unitText, plan.Unit);
            if (found.Count != 1)
            {
                diagnostics.Warning(plan.Source, UiLanguage.Format(found.Count == 0 ? Messages.PlanCeremonyUnitMissing : Messages.PlanCeremonyUnitAmbiguous, unitText),
                    Messages.PlanCeremonyUnitFix);
                continue;
            }

            var unit = found[0];
            var slug = CeremonyAssembler.SlugFor(unit, start.DateTime);
            seen[slug] = seen.GetValueOrDefault(slug) + 1;
            yield return new Ceremony
            {
                Slug = seen[slug] == 1 ? slug : $"{slug}-{seen[slug]}",
                Title = $"Lễ ra quân {unit.FullName}",
                Unit = unit,
                Start = start,
                End = end,
                Place = Cell(row, Column(points, h => h.Contains("dia diem", StringComparison.Ordinal))) ?? plan.Events[0].Place,
                Content = Cell(row, Column(points, h => h.Contains("noi dung", StringComparison.Ordinal))),
                Scale = Cell(row, Column(points, h => h.Contains("quy mo", StringComparison.Ordinal))),
                Plan = plan,
                Agenda = agenda,
                FromDocument = true,
                Source = plan.Source,
            };
        }
    }

    private static bool IsUnitHeader(string folded) =>
        folded.StartsWith("huyen", StringComparison.Ordinal) || folded.StartsWith("don vi", StringComparison.Ordinal)
        || folded.StartsWith("dia phuong", StringComparison.Ordinal) || folded.StartsWith("xa", StringComparison.Ordinal);

    private static bool IsPointsTable(DocumentTable table) =>
        Column(table, IsUnitHeader) >= 0 && Column(table, h => h.Contains("dia diem", StringComparison.Ordinal)) >= 0;

    internal static bool IsAgendaTable(DocumentTable table) =>
        !IsPointsTable(table) && Column(table, h => h.Contains("noi dung", StringComparison.Ordinal)) >= 0
        && Column(table, h => h is "tt" or "stt" || h.StartsWith("thoi gian", StringComparison.Ordinal)) >= 0;

    internal static List<AgendaItem> Agenda(DocumentTable table)
    {
        var order = Column(table, h => h is "tt" or "stt");
        var time = Column(table, h => h.StartsWith("thoi gian", StringComparison.Ordinal));
        var content = Column(table, h => h.Contains("noi dung", StringComparison.Ordinal));
        var who = Column(table, h => h.Contains("ghi chu", StringComparison.Ordinal) || h.Contains("thuc hien", StringComparison.Ordinal) || h.Contains("chu tri", StringComparison.Ordinal));
        return table.Rows.Where(r => Cell(r, content) is not null)
            .Select(r => new AgendaItem(Cell(r, time), Cell(r, order), Cell(r, content)!, Cell(r, who)))
            .ToList();
    }

    private static int Column(DocumentTable table, Func<string, bool> header)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (header(SearchFold.Fold(table.Columns[i]).Trim()))
            {
                return i;
            }
        }

        return -1;
    }

    // Cells pasted from web portals can carry their HTML ("<ul style=…> - Ra quân…"); only the text is wanted.
    private static string? Cell(IReadOnlyList<string> row, int column)
    {
        if (column < 0 || column >= row.Count)
        {
            return null;
        }

        var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(row[column], " ")), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"thời gian\s+(?:khoảng\s+)?(\d{1,3})\s*phút", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
