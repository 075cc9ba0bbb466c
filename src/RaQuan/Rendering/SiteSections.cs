using RaQuan.Rendering.Api;
using RaQuan.Rendering.Sections;
using RaQuan.Ceremonies;
using RaQuan.Results;
using RaQuan.Feeds;

namespace RaQuan.Rendering;

/// <summary>
/// The sections of a site, in rendering order. A feature adds its section here. Order matters where one section
/// uses what another produced: feeds need the plans' rendered bodies, the sitemap needs every page written, and the
/// attachments and static files are checked against every generated file. The search index and open data, which need only the plans,
/// come right after them and run beside the sections that follow (<see cref="ISiteSection.RunsAlongside"/>).
/// </summary>
internal static class SiteSections
{
    public static IReadOnlyList<ISiteSection> All { get; } =
    [
        new PlanSection(),
        new News.NewsSection(),
        new SearchSection(),
        new ApiSection(),
        new HomeSection(),
        new UnitSection(),
        new ContentPageSection(),
        new CeremonySection(),
        new ResultSection(),
        new FeedSection(),
        new FilesSection(),
        new AliasSection(),
        new SitemapSection(),
        new AttachmentSection(),
        new StaticSection(),
    ];
}
