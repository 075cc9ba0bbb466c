using RaQuan.Documents;

namespace RaQuan.Ceremonies;

/// <summary>
/// The ceremony a Giấy mời or Chương trình announces, as a file of <c>ceremonies/</c> written beside the imported plan:
/// its unit, name, time, place and the programme table as agenda, linked to the plan. Staff review it like the plan.
/// </summary>
internal static partial class ImportedCeremony
{
    private static readonly string[] Types = ["Giấy mời", "Chương trình", "Thư mời"];

    /// <summary>Whether the document announces a ceremony: an invitation or programme with a dated event.</summary>
    public static bool Announces(DocumentReading reading) => reading.Type is { } type && Types.Contains(type) && reading.Events.Count > 0;

    /// <param name="unit">The slug of the unit in units.yml that holds the ceremony (the issuer).</param>
    /// <param name="plan">The slug of the imported plan.</param>
    public static string Write(DocumentReading reading, string unit, string plan)
    {
        var ceremony = reading.Events[0];
        var b = new StringBuilder();
        b.Append("# ").Append(reading.Type).Append(' ').Append(reading.Number ?? "").Append(": kiểm tra thời gian, địa điểm và chương trình.\n");
        b.Append("unit: ").Append(unit).Append('\n');
        if (Name(reading.Title) is { } name)
        {
            b.Append("title: ").Append(ImportedPlan.Quote(name)).Append('\n');
        }

        b.Append("start: ").Append(ImportedPlan.Quote(ceremony.Start.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture))).Append('\n');
        if (ceremony.End is { } end)
        {
            var format = end.Date == ceremony.Start.Date ? "HH:mm" : "dd/MM/yyyy HH:mm";
            b.Append("end: ").Append(ImportedPlan.Quote(end.ToString(format, CultureInfo.InvariantCulture))).Append('\n');
        }

        if (ceremony.Place is { } place)
        {
            b.Append("place: ").Append(ImportedPlan.Quote(place)).Append('\n');
        }

        b.Append("plan: ").Append(plan).Append('\n');
        var agenda = reading.Tables.FirstOrDefault(DocumentCeremonies.IsAgendaTable) is { } table ? DocumentCeremonies.Agenda(table) : [];
        if (agenda.Count > 0)
        {
            b.Append("agenda:\n");
            foreach (var item in agenda)
            {
                b.Append("  - { ");
                if (item.Time is { } time)
                {
                    b.Append("time: ").Append(ImportedPlan.Quote(time)).Append(", ");
                }

                b.Append("content: ").Append(ImportedPlan.Quote(item.Content));
                if (item.Who is { } who)
                {
                    b.Append(", who: ").Append(ImportedPlan.Quote(who));
                }

                b.Append(" }\n");
            }
        }

        b.Append("status: scheduled\n");
        return b.ToString();
    }

    /// <summary>"Dự Lễ ra quân đầu xuân năm 2024" → "Lễ ra quân đầu xuân năm 2024": the ceremony an invitation's trích yếu names.</summary>
    private static string? Name(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var name = Invite().Replace(title.Trim(), "");
        return name.Length == 0 ? null : char.ToUpper(name[0], CultureInfo.GetCultureInfo("vi-VN")) + name[1..];
    }

    [GeneratedRegex(@"^(?:(?:v/v|về việc)\s+)?(?:mời\s+)?(?:dự|tham dự)?\s*(?:tổ chức\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invite();
}
