namespace RaQuan.Rendering.Bodies;

/// <summary>
/// What the plan section takes of a plan's body: its excerpt, which every build needs, its search text, and the
/// rendered body, which only the outputs made again need (the plan's page, the feeds that show it). A body rendered
/// for this build gives all three; an incremental build gives an unchanged plan's excerpt as the last build recorded
/// it (<see cref="Caching.PublishedRenderCache"/>) and renders the body only when an output asks for it.
/// </summary>
internal sealed class PlanBody
{
    private readonly Lazy<RenderedBody> _rendered;

    /// <summary>A body rendered for this build.</summary>
    public PlanBody(RenderedBody rendered) =>
        (Excerpt, SearchText, _rendered) = (rendered.Excerpt, rendered.SearchText, new Lazy<RenderedBody>(rendered));

    /// <summary>
    /// A body known by its excerpt, rendered by <paramref name="render"/> when first asked for. Its search text is
    /// not known: the search index knows the plan by its file's stamp, or reads its text from the plan.
    /// </summary>
    public PlanBody(string excerpt, Func<RenderedBody> render) =>
        (Excerpt, _rendered) = (excerpt, new Lazy<RenderedBody>(render, LazyThreadSafetyMode.ExecutionAndPublication));

    /// <inheritdoc cref="RenderedBody.Excerpt"/>
    public string Excerpt { get; }

    /// <summary>The body's text for the search index, from the parse that rendered it; null when not rendered for this build.</summary>
    public string? SearchText { get; }

    /// <summary>Whether the body has been rendered (always, but for an unchanged plan of an incremental build).</summary>
    public bool IsRendered => _rendered.IsValueCreated;

    /// <summary>The rendered body, rendered now if it was not.</summary>
    public RenderedBody Rendered => _rendered.Value;
}
