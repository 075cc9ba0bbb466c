using RaQuan.Rendering.Caching;
using RaQuan.Rendering.Sections;

namespace RaQuan.Rendering.Api;

/// <summary><c>api/ke-hoach.json</c>: every published plan, newest first, as on <c>/ke-hoach/</c>.</summary>
internal sealed class PlansApi : IApiDocument
{
    public string Name => "ke-hoach";
    public int Version => 1;

    // Each plan's fields, its summary or first paragraph (its text), and the sizes of its attachments (in the site stamp).
    public OutputInputs Shows(Site site) => new() { Plans = site.Plans };

    public void WriteFields(Utf8JsonWriter w, RenderContext context, RenderedPlans plans)
    {
        w.WriteStartArray("plans");
        foreach (var plan in context.Site.Plans)
        {
            context.Cache.WritePlanData(w, Name, plan, inner => Write(inner, plan, context, plans.Excerpts));

            ApiJson.FlushPending(w);
        }

        w.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter w, Plan plan, RenderContext context, IReadOnlyDictionary<Plan, string> excerpts)
    {
        var urls = context.Urls;
        var path = urls.Plan(plan);
        w.WriteStartObject();
        w.WriteString("slug", plan.Slug);
        w.WriteString("url", urls.Absolute(path));
        w.WriteString("title", plan.Title);
        w.WriteString("type", plan.Type);
        w.WriteString("number", plan.Number);
        ApiJson.Date(w, "date", plan.Date);
        ApiJson.Date(w, "effective_date", plan.EffectiveDate);
        w.WriteString("issuer", plan.Issuer);
        w.WriteString("unit", plan.Unit.Slug);
        w.WriteString("summary", plan.Summary ?? excerpts.GetValueOrDefault(plan));
        ApiJson.Strings(w, "tags", plan.Tags);
        if (plan.Signer is { } signer)
        {
            w.WriteStartObject("signer");
            w.WriteString("name", signer.Name);
            ApiJson.Strings(w, "authority", signer.Authority);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("signer");
        }

        ApiJson.Strings(w, "recipients", plan.Recipients);
        w.WriteStartArray("attachments");
        foreach (var file in plan.Attachments)
        {
            w.WriteStartObject();
            w.WriteString("title", file.Title);
            w.WriteString("url", urls.Absolute(file.Path));
            w.WriteNumber("bytes", file.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        // The page prints as the paper document and quotes the paste-ready HTML in its staff section: both fields
        // keep version 1's meaning, where each is found, with no file per plan for either.
        w.WriteString("print_url", urls.Absolute(path));
        w.WriteString("fragment_url", urls.Absolute(path) + "#" + SiteUrls.PasteHtmlId);
        w.WriteEndObject();
    }
}
