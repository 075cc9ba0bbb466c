namespace RaQuan.Rendering;

/// <summary>One part of the site (plans, units, feeds…), rendered in the order of <see cref="SiteSections.All"/>.</summary>
internal interface ISiteSection
{
    Task RenderAsync(RenderContext context, CancellationToken cancellation);
}
