using RaQuan.Rendering.Caching;
using RaQuan.Rendering.Sections;

namespace RaQuan.Rendering.Api;

/// <summary>
/// One static web service, written to <c>api/NAME.json</c> as <c>{"version": N, "site": URL, …}</c>. A feature
/// that publishes data (ceremonies, results) adds its document to <see cref="ApiSection.Documents"/> and its
/// schema to docs/reference/json-api.md; <see cref="Version"/> goes up only when a field changes meaning or is removed.
/// </summary>
internal interface IApiDocument
{
    /// <summary>The file name without extension: "ke-hoach" is written to <c>api/ke-hoach.json</c>.</summary>
    string Name { get; }

    int Version { get; }

    /// <summary>What the document shows besides the site stamp, so a serve session can keep it while that is unchanged.</summary>
    OutputInputs Shows(Site site);

    /// <summary>Writes the document's own fields after "version" and "site".</summary>
    /// <param name="plans">The plans as the plan section rendered them.</param>
    void WriteFields(Utf8JsonWriter writer, RenderContext context, RenderedPlans plans);
}
