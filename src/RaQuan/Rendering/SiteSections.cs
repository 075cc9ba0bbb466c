using RaQuan.Rendering.Api;
using RaQuan.Rendering.Sections;

namespace RaQuan.Rendering;

/// <summary>
/// The sections of a site, in rendering order. A feature adds its section here. Order matters where one section
/// uses what another produced: feeds need the plans' rendered bodies, the sitemap needs every page written, and the
/// static files are checked against every generated file.
/// </summary>
internal static class SiteSections
{
    public static IReadOnlyList<ISiteSection> All { get; } =
    [
        new PlanSection(),
        new HomeSection(),
        new UnitSection(),
        new ContentPageSection(),
        new CeremonySection(),
        new ResultSection(),
        new FeedSection(),
        new ApiSection(),
        new FilesSection(),
        new SearchSection(),
        new SitemapSection(),
        new StaticSection(),
    ];
}
