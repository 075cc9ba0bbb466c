namespace RaQuan.Model;

/// <summary>A ceremony (lễ ra quân, lễ phát động) held by a unit, from <c>ceremonies/</c> or read from a plan's text.</summary>
public sealed record Ceremony
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required Unit Unit { get; init; }

    /// <summary>When it takes place, Vietnam time; for a ceremony postponed to a known time, the new time.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>When it ends; for an all-day ceremony, the start of the day after its last day.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Only a date was given: the ceremony takes the whole day (or days).</summary>
    public bool AllDay { get; init; }

    /// <summary>The time first announced, when the ceremony was postponed to a new time.</summary>
    public DateTimeOffset? OriginalStart { get; init; }

    public DateTimeOffset? OriginalEnd { get; init; }

    public string? Place { get; init; }

    /// <summary>Nội dung: the work launched at the ceremony.</summary>
    public string? Content { get; init; }

    /// <summary>Quy mô: "L = 508 m".</summary>
    public string? Scale { get; init; }

    public string? Contact { get; init; }

    /// <summary>The plan that organises the ceremony, when it is published.</summary>
    public Plan? Plan { get; init; }

    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];

    public CeremonyStatus Status { get; init; } = CeremonyStatus.Scheduled;

    /// <summary>When the announcement was changed, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Updates { get; init; } = [];

    /// <summary>True when the ceremony was read from the text of its plan rather than written in <c>ceremonies/</c>.</summary>
    public bool FromDocument { get; init; }

    public required SourceLocation Source { get; init; }

    /// <summary>Postponed, and the new time is not known yet.</summary>
    public bool AwaitingNewTime => Status == CeremonyStatus.Postponed && OriginalStart is null;

    /// <summary>
    /// The revision number calendars compare (RFC 5545 §3.8.7.4): one per recorded update, and at least one once the
    /// ceremony was postponed or cancelled, so a subscribed calendar replaces its copy.
    /// </summary>
    public int Sequence => Math.Max(Updates.Count, Status is CeremonyStatus.Postponed or CeremonyStatus.Cancelled ? 1 : 0);

    /// <summary>The moment after which the ceremony is past: its end, else its start.</summary>
    public DateTimeOffset Finish => End ?? (AllDay ? Start.AddDays(1) : Start);
}
