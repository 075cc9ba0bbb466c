using System.Text.Encodings.Web;
using System.Text.Json;

namespace RaQuan.Rendering.Api;

/// <summary>The static web services under <c>api/</c>; runs after the plans, whose summaries it reuses.</summary>
internal sealed class ApiSection : ISiteSection
{
    /// <summary>Every document under <c>api/</c>. A feature adds its own here.</summary>
    public static IReadOnlyList<IApiDocument> Documents { get; } = [new PlansApi(), new UnitsApi()];

    // Vietnamese stays readable (UTF-8, not \u escapes); the file is served as application/json, never inlined
    // into HTML, so the relaxed encoder's unescaped "<" is safe here.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        foreach (var document in Documents)
        {
            context.WriteOutput(SiteUrls.Api(document.Name), document.Shows(context.Site), () => Write(document, context));
        }

        return Task.CompletedTask;
    }

    private static byte[] Write(IApiDocument document, RenderContext context)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", document.Version);
            writer.WriteString("site", context.Urls.Absolute(context.Urls.Home));
            document.WriteFields(writer, context);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
