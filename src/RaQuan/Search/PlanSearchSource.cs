using RaQuan.Rendering;
using RaQuan.Rendering.Bodies;

namespace RaQuan.Search;

/// <summary>Plans: found by title, body, unit (and the units above it), issuer, number, signer and tags.</summary>
internal sealed class PlanSearchSource : ISearchSource
{
    public IEnumerable<SearchDocument> Documents(Site site, SiteUrls urls) =>
        site.Plans.Select(plan => new SearchDocument("Kế hoạch", urls.Plan(plan), plan.Title, plan.Unit)
        {
            Date = plan.ListingDate,
            Number = plan.Number,
            Summary = plan.Summary,
            Names =
            [
                plan.Unit.FullName,
                .. plan.Unit.Ancestors.Select(u => u.FullName),
                .. new[] { plan.Issuer, plan.Number, plan.Signer?.Name }.OfType<string>(),
                .. plan.Tags,
            ],
            Body = () => MarkdownRenderer.PlainText(plan.Body),
            BodyFile = plan.Source.File,
        });
}
