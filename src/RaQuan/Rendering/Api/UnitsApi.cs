using RaQuan.Rendering.Caching;

namespace RaQuan.Rendering.Api;

/// <summary><c>api/dia-ban.json</c>: the administrative units, flattened in tree order (each parent before its children).</summary>
internal sealed class UnitsApi : IApiDocument
{
    public string Name => "dia-ban";
    public int Version => 1;

    public OutputInputs Shows(Site site) => new() { PlanCounts = true };

    public void WriteFields(Utf8JsonWriter w, RenderContext context, Sections.RenderedPlans plans)
    {
        w.WriteStartArray("units");
        foreach (var unit in context.Site.AllUnits)
        {
            w.WriteStartObject();
            w.WriteString("slug", unit.Slug);
            w.WriteString("name", unit.Name);
            w.WriteString("kind", unit.Kind.Name());
            w.WriteString("code", unit.Code);
            w.WriteString("parent", unit.Parent?.Slug);
            w.WriteNumber("level", unit.Depth);
            w.WriteString("url", context.Urls.Absolute(context.Urls.Unit(unit)));
            w.WriteNumber("plan_count", context.Site.PlansByUnit[unit].Count);
            if (unit.MergedInto is { } merger)
            {
                w.WriteStartObject("merged_into");
                w.WriteString("unit", merger.Target?.Slug ?? merger.UnitSlug);
                ApiJson.Date(w, "date", merger.Date);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("merged_into");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
