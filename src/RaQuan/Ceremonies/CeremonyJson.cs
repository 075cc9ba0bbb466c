using System.Text.Encodings.Web;
using System.Text.Unicode;
using RaQuan.Rendering;
using RaQuan.Rendering.Api;

namespace RaQuan.Ceremonies;

/// <summary>
/// Ceremonies as JSON: the schema.org Event of a ceremony's page, and the schedule API (<c>api/lich.json</c>).
/// </summary>
internal static class CeremonyJson
{
    /// <summary>Version of the API's schema, raised when a field changes meaning or goes away.</summary>
    public const int ApiVersion = 1;

    // Vietnamese stays readable; the encoder still escapes <, >, & and quotes, so "</script>" in content cannot end the
    // script element that holds the JSON-LD.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };
    private static readonly JsonWriterOptions Indented = Options with { Indented = true };

    public static string JsonLd(Ceremony c, SiteUrls urls) => Write(Options, w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "Event");
        w.WriteString("name", c.Title);
        w.WriteString("url", urls.Absolute(urls.Ceremony(c)));
        w.WriteString("startDate", When(c.Start, c.AllDay));
        if (c.End is { } end)
        {
            w.WriteString("endDate", When(c.AllDay ? end.AddDays(-1) : end, c.AllDay));
        }

        w.WriteString("eventStatus", "https://schema.org/" + c.Status switch
        {
            CeremonyStatus.Cancelled => "EventCancelled",
            CeremonyStatus.Postponed when c.AwaitingNewTime => "EventPostponed",
            CeremonyStatus.Postponed => "EventRescheduled",
            _ => "EventScheduled",
        });
        if (c.OriginalStart is { } was)
        {
            w.WriteString("previousStartDate", When(was, c.AllDay));
        }

        w.WriteString("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        w.WriteStartObject("location");
        w.WriteString("@type", "Place");
        w.WriteString("name", c.Place ?? c.Unit.Title);
        w.WriteStartObject("address");
        w.WriteString("@type", "PostalAddress");
        w.WriteString("addressLocality", c.Unit.FullName);
        if (c.Unit.Ancestors.FirstOrDefault() is { } province)
        {
            w.WriteString("addressRegion", province.FullName);
        }

        w.WriteString("addressCountry", "VN");
        w.WriteEndObject();
        w.WriteEndObject();
        if (c.Content is { } content)
        {
            w.WriteString("description", content);
        }

        w.WriteStartObject("organizer");
        w.WriteString("@type", "GovernmentOrganization");
        w.WriteString("name", c.Plan?.Issuer ?? $"Ủy ban nhân dân {c.Unit.FullName}");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static string Api(Site site, SiteUrls urls) => Write(Indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", ApiVersion);
        w.WriteString("site", site.Config.Title);
        w.WriteString("schedule", urls.Absolute(urls.Schedule));
        w.WriteString("calendar", urls.Absolute(urls.SiteCalendar));
        w.WriteStartArray("ceremonies");
        foreach (var c in site.Ceremonies)
        {
            Ceremony(w, c, urls);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }) + "\n";

    private static void Ceremony(Utf8JsonWriter w, Ceremony c, SiteUrls urls)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Slug);
        w.WriteString("title", c.Title);
        w.WriteString("url", urls.Absolute(urls.Ceremony(c)));
        w.WriteString("ics", urls.Absolute(urls.CeremonyCalendar(c)));
        ApiJson.Unit(w, c.Unit, urls);
        w.WriteString("start", c.Start);
        Optional(w, "end", c.End);
        w.WriteBoolean("all_day", c.AllDay);
        w.WriteString("lunar", CeremonyText.Lunar(c.Start));
        w.WriteString("status", c.Status.ToString().ToLowerInvariant());
        Optional(w, "original_start", c.OriginalStart);
        Optional(w, "original_end", c.OriginalEnd);
        Optional(w, "place", c.Place);
        Optional(w, "content", c.Content);
        Optional(w, "scale", c.Scale);
        Optional(w, "contact", c.Contact);
        if (c.Plan is { } plan)
        {
            w.WriteStartObject("plan");
            w.WriteString("slug", plan.Slug);
            w.WriteString("title", plan.Title);
            Optional(w, "number", plan.Number);
            w.WriteString("url", urls.Absolute(urls.Plan(plan)));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("plan");
        }

        w.WriteStartArray("agenda");
        foreach (var item in c.Agenda)
        {
            w.WriteStartObject();
            Optional(w, "time", item.Time);
            Optional(w, "order", item.Order);
            w.WriteString("content", item.Content);
            Optional(w, "who", item.Who);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("sequence", c.Sequence);
        Optional(w, "updated", c.Updates.Count > 0 ? c.Updates[^1] : null);
        w.WriteString("source", c.FromDocument ? "document" : "content");
        w.WriteEndObject();
    }

    private static string When(DateTimeOffset t, bool allDay) =>
        allDay ? t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
