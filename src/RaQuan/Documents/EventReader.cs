namespace RaQuan.Documents;

/// <summary>
/// Ceremonies the document organises: a time of day together with a date in one sentence. A date alone is a period
/// or a deadline, never an event. The same start stated twice (the main ceremony, then the communes' response at the
/// same hour) is one event.
/// </summary>
internal static class EventReader
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private const int PlaceLookahead = 3;

    public static List<DocumentEvent> Read(IReadOnlyList<SourceLine> lines, int from, int to, List<string> warnings)
    {
        var events = new List<DocumentEvent>();
        var content = ContentLines.Between(lines, from, to).ToList();
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            if (!EventPatterns.MayHoldDate(line.Plain))
            {
                continue;
            }

            var m = EventPatterns.TimeThenDate().Match(line.Plain);
            if (!m.Success)
            {
                m = EventPatterns.DateThenTime().Match(line.Plain);
            }

            if (!m.Success || !VietnameseDate.TryParse(m.Groups["date"].Value, out var date, out _)
                || !VietnameseDate.TryParseTime(m.Groups["t1"].Value, out var start))
            {
                continue;
            }

            CheckWeekday(line, m, date, warnings);
            var end = m.Groups["t2"].Success && VietnameseDate.TryParseTime(m.Groups["t2"].Value, out var t2) ? At(date, t2) : (DateTimeOffset?)null;
            var found = new DocumentEvent(At(date, start), end, Place(line.Plain[(m.Index + m.Length)..], content, i), Lunar(date), ContentLines.Sentence(line));
            if (!events.Any(e => e.Start == found.Start))
            {
                events.Add(found);
            }
        }

        var attendees = Attendees(content);
        return attendees.Count == 0 ? events : events.Select(e => e with { Attendees = attendees }).ToList();
    }

    // The invitation's list of who attends: "Thành phần mời:" then its "- …" lines, or the names after the colon.
    private static List<string> Attendees(List<SourceLine> content)
    {
        for (var i = 0; i < content.Count; i++)
        {
            if (EventPatterns.AttendeesLine().Match(content[i].Plain) is not { Success: true } m)
            {
                continue;
            }

            var list = new List<string>();
            if (m.Groups["inline"].Value.Trim() is { Length: > 0 } inline)
            {
                list.Add(inline.TrimEnd(';', '.'));
            }

            for (var j = i + 1; j < content.Count && content[j].Plain.Length > 1 && content[j].Plain[0] is '-' or '+' or '•'; j++)
            {
                list.Add(content[j].Plain[1..].Trim().TrimEnd(';', '.', ','));
            }

            return list;
        }

        return [];
    }

    private static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), VietnamOffset);

    private static string? Lunar(DateOnly date) => LunarDate.FromSolar(date).ToString();

    private static void CheckWeekday(SourceLine line, Match m, DateOnly date, List<string> warnings)
    {
        // The weekday sits between the time and the date, or in brackets after the date ("(chiều chủ nhật)").
        var from = m.Index;
        var length = Math.Min(line.Plain.Length - from, m.Length + 30);
        var weekday = EventPatterns.Weekday().Match(line.Plain, from, length);
        if (weekday.Success && VietnameseDate.TryParseWeekday(weekday.Value, out var day) && day != date.DayOfWeek)
        {
            warnings.Add(DocumentWarnings.WeekdayMismatch(line.Number, weekday.Value, date));
        }
    }

    private static string? Place(string rest, List<SourceLine> content, int i)
    {
        if (EventPatterns.PlaceAfter().Match(rest) is { Success: true } after)
        {
            return after.Groups["place"].Value.Trim();
        }

        for (var j = i + 1; j < content.Count && j <= i + PlaceLookahead; j++)
        {
            if (EventPatterns.PlaceLine().Match(ContentLines.Sentence(content[j])) is { Success: true } place)
            {
                return place.Groups["place"].Value.Trim();
            }
        }

        return null;
    }
}
