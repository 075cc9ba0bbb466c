namespace RaQuan.Ceremonies;

/// <summary>
/// Turns the fields of one ceremony into a <see cref="CeremonySource"/>, the same way whether they come from a YAML
/// mapping or a CSV row: the two formats differ only in how a field's text and position are found.
/// </summary>
internal sealed class CeremonyFields(Func<string, string?> text, Func<string, SourceLocation> at, Diagnostics diagnostics)
{
    public static readonly string[] Keys =
    [
        "title", "slug", "unit", "start", "end", "duration", "place", "content", "scale", "plan", "agenda", "contact",
        "status", "postponed_to", "updated",
    ];

    public CeremonySource? Read(SourceLocation source, IReadOnlyList<AgendaItem> agenda, IReadOnlyList<(string Text, SourceLocation At)> updated)
    {
        var unit = Required("unit", UiLanguage.Format(Messages.ExampleUnitSlugOrName, "dak-ha"), source);
        var startText = Required("start", "20/02/2024 08:30", source);
        var start = startText is null ? null : Moment("start", startText);
        var end = start is { } s ? End(s) : null;
        var status = Status(out var statusText);
        var postponedTo = text("postponed_to") is { } newText ? Moment("postponed_to", newText) : null;
        if (postponedTo is not null && status is not (null or CeremonyStatus.Postponed))
        {
            diagnostics.Add(ContentErrors.PostponedToNeedsPostponed(at("postponed_to"), statusText!));
        }

        var slug = text("slug");
        if (slug is not null && !Slug.IsValid(slug))
        {
            diagnostics.Add(ContentErrors.InvalidSlug(at("slug"), slug));
        }

        var updates = updated.Select(u => Moment("updated", u.Text, u.At)).OfType<CeremonyTime.Moment>().Select(m => m.Local).Order().ToList();
        if (unit is null || start is not { } begin || end is { Valid: false })
        {
            return null;
        }

        return new CeremonySource(
            slug, at("slug"), text("title"), unit, at("unit"),
            begin.Local, begin.DateOnly, end?.Local, postponedTo?.Local,
            text("place"), text("content"), text("scale"), text("contact"),
            text("plan"), at("plan"), agenda,
            status ?? (postponedTo is null ? CeremonyStatus.Scheduled : CeremonyStatus.Postponed),
            updates, source);
    }

    private string? Required(string key, string example, SourceLocation source)
    {
        var value = text(key);
        if (value is null)
        {
            diagnostics.Add(ContentErrors.MissingField(at(key) is { Line: > 0 } here ? here : source, key, example));
        }

        return value;
    }

    private CeremonyTime.Moment? Moment(string key, string value, SourceLocation? where = null)
    {
        var location = where ?? at(key);
        if (!CeremonyTime.TryParse(value, out var moment, out var error))
        {
            diagnostics.Add(ContentErrors.InvalidDateTime(location, key, error ?? VietnameseDate.NotADateTime(value)));
            return null;
        }

        if (moment.WrongWeekday is { } weekday)
        {
            diagnostics.Add(ContentErrors.WeekdayMismatch(location, key, weekday, moment.Local));
        }

        return moment;
    }

    /// <summary>The exclusive end; <c>Valid</c> is false when the end was given but wrong.</summary>
    private (DateTime? Local, bool Valid)? End(CeremonyTime.Moment start)
    {
        var endText = text("end");
        var durationText = text("duration");
        if (endText is not null && durationText is not null)
        {
            diagnostics.Add(ContentErrors.EndAndDuration(at("duration")));
            return (null, false);
        }

        if (durationText is not null)
        {
            if (!CeremonyTime.TryParseDuration(durationText, out var duration))
            {
                diagnostics.Add(ContentErrors.InvalidDuration(at("duration"), durationText));
                return (null, false);
            }

            return (start.Local + duration, true);
        }

        if (endText is null)
        {
            return start.DateOnly ? (start.Local.AddDays(1), true) : null;
        }

        if (!CeremonyTime.TryParseEnd(endText, start.Local, out var end, out var error))
        {
            diagnostics.Add(ContentErrors.InvalidDateTime(at("end"), "end", error ?? VietnameseDate.NotADateTime(endText)));
            return (null, false);
        }

        // An all-day ceremony's end date is its last day, as people write it; calendars want the day after (RFC 5545 §3.6.1).
        var local = start.DateOnly && end.DateOnly ? end.Local.AddDays(1) : end.Local;
        if (local <= start.Local || start.DateOnly != end.DateOnly)
        {
            diagnostics.Add(ContentErrors.EndBeforeStart(at("end"), start.Local, end.Local));
            return (null, false);
        }

        return (local, true);
    }

    private CeremonyStatus? Status(out string? written)
    {
        written = text("status");
        if (written is null)
        {
            return null;
        }

        switch (SearchFold.Fold(written))
        {
            case "scheduled" or "du kien" or "da len lich" or "sap dien ra":
                return CeremonyStatus.Scheduled;
            case "postponed" or "hoan" or "tam hoan" or "da hoan":
                return CeremonyStatus.Postponed;
            case "cancelled" or "canceled" or "huy" or "da huy":
                return CeremonyStatus.Cancelled;
            case "held" or "da to chuc" or "da dien ra":
                return CeremonyStatus.Held;
            default:
                diagnostics.Add(ContentErrors.UnknownStatus(at("status"), written));
                return null;
        }
    }
}
