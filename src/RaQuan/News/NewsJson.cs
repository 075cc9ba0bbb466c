using System.Text.Encodings.Web;
using System.Text.Unicode;
using RaQuan.Rendering;
using RaQuan.Rendering.Api;

namespace RaQuan.News;

/// <summary>/api/tin-tuc.json (version 1) and each post's schema.org NewsArticle.</summary>
internal static class NewsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    // Inside <script>: every "<", ">" and "&" as a \u escape, as StructuredData writes them, so no title can close it.
    private static readonly JsonWriterOptions ScriptOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Date(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static void WriteApi(Stream output, IReadOnlyList<NewsPost> posts, SiteUrls urls)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("site", urls.Absolute(urls.Home));
        w.WriteStartArray("news");
        foreach (var post in posts)
        {
            w.WriteStartObject();
            w.WriteString("slug", post.Slug);
            w.WriteString("url", urls.Absolute(NewsUrls.Post(post)));
            w.WriteString("title", post.Title);
            w.WriteString("date", Date(post.Published));
            ApiJson.Unit(w, post.Unit, urls);
            w.WriteString("summary", post.Summary);
            w.WriteString("author", post.Author);
            w.WriteStartArray("tags");
            post.Tags.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            Link(w, "plan", post.Plan is { } plan ? (plan.Slug, plan.Title, urls.Absolute(urls.Plan(plan))) : null);
            Link(w, "ceremony", post.Ceremony is { } c ? (c.Slug, c.Title, urls.Absolute(urls.Ceremony(c))) : null);
            if (post.Lead is { } lead)
            {
                w.WriteStartObject("image");
                w.WriteString("url", urls.Absolute(NewsUrls.Image(post, lead, lead.Image.Largest)));
                w.WriteNumber("width", lead.Image.Largest.Width);
                w.WriteNumber("height", lead.Image.Largest.Height);
                w.WriteString("alt", lead.Alt);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("image");
            }

            w.WriteNumber("photos", post.Photos.Count());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string Article(NewsPost post, string description, Rendering.Pages.PageModel page)
    {
        var urls = page.Urls;
        var config = page.Site.Config;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ScriptOptions))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "NewsArticle");
            w.WriteString("headline", post.Title);
            w.WriteString("description", description);
            w.WriteString("url", urls.Absolute(NewsUrls.Post(post)));
            w.WriteString("mainEntityOfPage", urls.Absolute(NewsUrls.Post(post)));
            w.WriteString("datePublished", Date(post.Published));
            w.WriteString("inLanguage", config.Language);
            if (post.Lead is { } lead)
            {
                w.WriteStartArray("image");
                w.WriteStringValue(urls.Absolute(NewsUrls.Share(post, lead)));
                w.WriteStringValue(urls.Absolute(NewsUrls.Image(post, lead, lead.Image.Largest)));
                w.WriteEndArray();
            }

            w.WriteStartObject("author");
            w.WriteString("@type", post.Author is null ? "GovernmentOrganization" : "Person");
            w.WriteString("name", post.Author ?? $"Ủy ban nhân dân {post.Unit.FullName}");
            w.WriteEndObject();
            w.WriteStartObject("publisher");
            w.WriteString("@type", "GovernmentOrganization");
            w.WriteString("name", config.Publisher.Name);
            w.WriteString("url", urls.Absolute(urls.Home));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Link(Utf8JsonWriter w, string name, (string Slug, string Title, string Url)? link)
    {
        if (link is not { } l)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("slug", l.Slug);
        w.WriteString("title", l.Title);
        w.WriteString("url", l.Url);
        w.WriteEndObject();
    }
}
