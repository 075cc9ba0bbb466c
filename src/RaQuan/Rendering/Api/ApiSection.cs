using RaQuan.Rendering.Sections;

namespace RaQuan.Rendering.Api;

/// <summary>The static web services under <c>api/</c>; runs after the plans, whose summaries it reuses.</summary>
internal static class ApiSection
{
    /// <summary>Every document under <c>api/</c>. A feature adds its own here.</summary>
    public static IReadOnlyList<IApiDocument> Documents { get; } = [new PlansApi(), new UnitsApi()];


    /// <param name="plans">The plans as the plan section rendered them: their excerpts are the summaries of those without one.</param>
    public static Task RenderAsync(RenderContext context, RenderedPlans plans)
    {
        foreach (var document in Documents)
        {
            context.WriteOutput(SiteUrls.Api(document.Name), document.Shows(context.Site), stream => Write(document, context, plans, stream));
        }

        return Task.CompletedTask;
    }

    private static void Write(IApiDocument document, RenderContext context, RenderedPlans plans, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, ApiJson.Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", document.Version);
            writer.WriteString("site", context.Urls.Absolute(context.Urls.Home));
            document.WriteFields(writer, context, plans);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
