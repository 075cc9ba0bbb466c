namespace RaQuan.Rendering.Bodies;

/// <summary>
/// What the plan section takes of a plan's body: its excerpt and search text, which every build needs, and the
/// rendered body, which only the outputs made again need (the plan's page, the feeds that show it). A body rendered
/// for this build gives all three; an incremental build gives an unchanged plan's excerpt and text as the last build
/// recorded them (<see cref="Caching.PublishedRenderCache"/>) and renders the body only when an output asks for it.
/// </summary>
internal sealed class PlanBody
{
    private readonly Lazy<RenderedBody> _rendered;
    private readonly CompressedText? _searchText;
    private readonly string? _text;

    /// <summary>A body rendered for this build.</summary>
    public PlanBody(RenderedBody rendered) =>
        (Excerpt, _text, HasSearchText, _rendered) = (rendered.Excerpt, rendered.SearchText, rendered.SearchText is not null, new Lazy<RenderedBody>(rendered));

    /// <summary>
    /// A body known by its excerpt and search text (compressed, read only if asked for), rendered by
    /// <paramref name="render"/> when first asked for.
    /// </summary>
    public PlanBody(string excerpt, CompressedText? searchText, Func<RenderedBody> render) =>
        (Excerpt, _searchText, HasSearchText, _rendered) =
            (excerpt, searchText, searchText is not null, new Lazy<RenderedBody>(render, LazyThreadSafetyMode.ExecutionAndPublication));

    /// <inheritdoc cref="RenderedBody.Excerpt"/>
    public string Excerpt { get; }

    /// <summary>Whether the body has a <see cref="SearchText"/>.</summary>
    public bool HasSearchText { get; }

    /// <inheritdoc cref="RenderedBody.SearchText"/>
    public string? SearchText => _text ?? (_searchText is { } compressed ? Encoding.UTF8.GetString(compressed.Utf8) : null);

    /// <summary>Whether the body has been rendered (always, but for an unchanged plan of an incremental build).</summary>
    public bool IsRendered => _rendered.IsValueCreated;

    /// <summary>The rendered body, rendered now if it was not.</summary>
    public RenderedBody Rendered => _rendered.Value;
}
