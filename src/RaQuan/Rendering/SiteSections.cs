using RaQuan.Ceremonies;
using RaQuan.Feeds;
using RaQuan.News;
using RaQuan.Rendering.Api;
using RaQuan.Rendering.Sections;
using RaQuan.Results;

namespace RaQuan.Rendering;

/// <summary>
/// The sections of a site, in rendering order; a feature adds its section here. A section takes what it needs of
/// earlier sections as arguments, from their results: the feeds the plans' and news posts' rendered bodies, open data
/// the plans' excerpts, the search section the index the plans filled as they rendered, the attachments the files
/// that bodies show. The search index and open data, which need only the plans, run alongside the sections after
/// them; the sitemap, the attachments and the static files wait for every page and file written.
/// </summary>
internal static class SiteSections
{
    /// <summary>How many sections <see cref="RenderAsync"/> runs, for the build's progress.</summary>
    public const int Count = 15;

    public static async Task RenderAsync(RenderContext context, SectionRunner run, CancellationToken cancellation)
    {
        var plans = await run.RunAsync("plan", () => PlanSection.RenderAsync(context, cancellation));
        var news = await run.RunAsync("news", () => NewsSection.RenderAsync(context, cancellation));
        BuildMemory.Release();
        run.Alongside("search", () => SearchSection.RenderAsync(context, plans.Search));
        run.Alongside("api", () => ApiSection.RenderAsync(context, plans));
        await run.RunAsync("home", () => HomeSection.RenderAsync(context));
        await run.RunAsync("unit", () => UnitSection.RenderAsync(context, cancellation));
        var pages = await run.RunAsync("contentpage", () => ContentPageSection.RenderAsync(context));
        await run.RunAsync("ceremony", () => CeremonySection.RenderAsync(context));
        await run.RunAsync("result", () => ResultSection.RenderAsync(context));
        await run.RunAsync("feed", () => FeedSection.RenderAsync(context, plans, news, cancellation));
        await run.RunAsync("files", () => FilesSection.RenderAsync(context));
        await run.RunAsync("alias", () => AliasSection.RenderAsync(context));

        await run.EveryPageWrittenAsync();
        await run.RunAsync("sitemap", () => SitemapSection.RenderAsync(context, context.SitemapEntries));
        await run.RunAsync("attachment", () => AttachmentSection.RenderAsync(context, [plans.Files, news.Files, pages]));
        await run.RunAsync("static", () => StaticSection.RenderAsync(context));
    }
}
