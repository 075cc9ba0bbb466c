namespace RaQuan.Rendering.Sections;

/// <summary>A page per plan, and the paginated plans index.</summary>
internal sealed class PlanSection : ISiteSection
{
    public async Task RenderAsync(RenderContext context, CancellationToken cancellation)
    {
        var inFeeds = FeedBuilder.PlansInFeeds(context.Site);
        var plans = context.SearchStream?.InDocumentOrder(context.Site.Plans, context.Urls.Plan) ?? context.Site.Plans;
        await Parallel.ForEachAsync(plans, cancellation, async (plan, _) =>
        {
            var body = context.RenderPlanBody(plan);
            context.Excerpts[plan] = body.Excerpt;
            if (body.SearchText is { } text)
            {
                if (context.SearchStream is { } search)
                {
                    search.Add(context.Urls.Plan(plan), text);
                }
                else
                {
                    context.SearchTexts[context.Urls.Plan(plan)] = text;
                }
            }

            if (inFeeds.Contains(plan))
            {
                context.FeedBodies[plan] = context.FeedTextOf(plan, body);
            }

            await context.WritePlanPageAsync(plan, body);
        });

        foreach (var list in context.Pages.PlanList())
        {
            await context.WritePageAsync(list);
        }

        foreach (var list in context.Site.PlanYears.SelectMany(context.Pages.PlanYear))
        {
            await context.WritePageAsync(list);
        }
    }
}
