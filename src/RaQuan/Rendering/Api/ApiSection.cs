namespace RaQuan.Rendering.Api;

/// <summary>The static web services under <c>api/</c>; runs after the plans, whose summaries it reuses.</summary>
internal sealed class ApiSection : ISiteSection
{
    /// <summary>Every document under <c>api/</c>. A feature adds its own here.</summary>
    public static IReadOnlyList<IApiDocument> Documents { get; } = [new PlansApi(), new UnitsApi()];

    public bool RunsAlongside => true;

    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        foreach (var document in Documents)
        {
            context.WriteOutput(SiteUrls.Api(document.Name), document.Shows(context.Site), stream => Write(document, context, stream));
        }

        return Task.CompletedTask;
    }

    private static void Write(IApiDocument document, RenderContext context, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, ApiJson.Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", document.Version);
            writer.WriteString("site", context.Urls.Absolute(context.Urls.Home));
            document.WriteFields(writer, context);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
