using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Rendering.Sharing;

/// <summary>
/// schema.org JSON-LD for the publisher and for plans. The text goes inside &lt;script&gt;, where the HTML parser
/// ends the element at the first "&lt;/script" and treats "&lt;!--" specially (HTML §4.12.1.3), so every "&lt;",
/// "&gt;" and "&amp;" is written as a \u escape: valid JSON, and nothing a title holds can break out.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Create(...) keeps Vietnamese letters readable but always escapes the HTML-sensitive characters.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Publisher(SiteConfig config, SiteUrls urls) => Write(w =>
    {
        w.WriteString("@context", "https://schema.org");
        WriteOrganization(w, config, urls, withContacts: true);
    });

    public static string Article(Plan plan, string? description, SiteConfig config, SiteUrls urls) => Write(w =>
    {
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "Article");
        w.WriteString("headline", plan.Title);
        if (description is not null)
        {
            w.WriteString("description", description);
        }

        w.WriteString("url", urls.Absolute(urls.Plan(plan)));
        w.WriteString("mainEntityOfPage", urls.Absolute(urls.Plan(plan)));
        if (plan.ListingDate is { } date)
        {
            w.WriteString("datePublished", Iso8601.StartOfDay(date, config.TimeZone));
        }

        w.WriteString("inLanguage", config.Language);
        w.WriteString("genre", plan.Type);
        if (plan.Tags.Count > 0)
        {
            w.WriteString("keywords", string.Join(", ", plan.Tags));
        }

        w.WriteStartObject("author");
        w.WriteString("@type", "GovernmentOrganization");
        w.WriteString("name", plan.Issuer ?? $"Ủy ban nhân dân {plan.Unit.FullName}");
        w.WriteEndObject();
        w.WriteStartObject("publisher");
        WriteOrganization(w, config, urls, withContacts: false);
        w.WriteEndObject();
    });

    private static void WriteOrganization(Utf8JsonWriter w, SiteConfig config, SiteUrls urls, bool withContacts)
    {
        var publisher = config.Publisher;
        w.WriteString("@type", "GovernmentOrganization");
        w.WriteString("name", publisher.Name);
        if (publisher.NameEn is not null)
        {
            w.WriteString("alternateName", publisher.NameEn);
        }

        w.WriteString("url", urls.Absolute(urls.Home));
        if (!withContacts)
        {
            return;
        }

        if (publisher.Address is not null)
        {
            w.WriteString("address", publisher.Address);
        }

        if (publisher.Phone is not null)
        {
            w.WriteString("telephone", publisher.Phone);
        }

        if (publisher.Email is not null)
        {
            w.WriteString("email", publisher.Email);
        }
    }

    // One buffer and writer per thread: a plan page's JSON-LD grew a new stream and copied it twice.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _json;

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var (buffer, writer) = _json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
        writer.Flush();
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > MarkdownRenderer.KeptCapacity)
        {
            _json = null;
        }

        return json;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }
}
