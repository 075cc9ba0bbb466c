namespace RaQuan.Rendering;

/// <summary>One part of the site (plans, units, feeds…), rendered in the order of <see cref="SiteSections.All"/>.</summary>
internal interface ISiteSection
{
    /// <summary>
    /// Whether the section may run while the sections after it render, on what their work leaves of the two cores:
    /// it uses nothing they make, and only a section that needs every page (<see cref="NeedsEveryPage"/>) waits for
    /// it. The search index and open data are written mostly on one core; beside the unit pages and the feeds, the
    /// other core is busy too.
    /// </summary>
    bool RunsAlongside => false;

    /// <summary>Whether the section needs every other page and file written first (the sitemap, the static files' check).</summary>
    bool NeedsEveryPage => false;

    Task RenderAsync(RenderContext context, CancellationToken cancellation);
}
