using RaQuan.Feeds;
using RaQuan.Rendering.Bodies;
using RaQuan.Search;

namespace RaQuan.Rendering.Sections;

/// <summary>What the plan section gives the sections after it, of the bodies it rendered.</summary>
/// <param name="Search">The search index, given each plan's text as its page rendered; the search section finishes it.</param>
/// <param name="FeedTexts">
/// What feeds need of the plans that appear in one. Only this is kept, not the pages' HTML, so memory stays bounded
/// by the feeds' size rather than the site's.
/// </param>
/// <param name="Excerpts">Each plan's fallback summary (its first paragraph), for open data.</param>
/// <param name="Files">The files of files/ that plan bodies show.</param>
internal sealed record RenderedPlans(
    ISearchIndexBuilder Search, IReadOnlyDictionary<Plan, FeedText> FeedTexts, IReadOnlyDictionary<Plan, string> Excerpts, BodyFiles Files);
