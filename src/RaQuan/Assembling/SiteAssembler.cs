using RaQuan.Ceremonies;
using RaQuan.Loading;
using RaQuan.Results;
using RaQuan.Units;

namespace RaQuan.Assembling;

/// <summary>The assemble stage: links plans to units, applies publishing rules, orders everything.</summary>
internal static class SiteAssembler
{
    /// <summary>First path segments RaQuan writes itself; a page may not take them.</summary>
    private static readonly HashSet<string> ReservedSlugs =
        ["ke-hoach", "dia-ban", "assets", "api", "lich", "ket-qua", "tim-kiem", "files", "static", "en", "tin-tuc", "rss-xml", "sitemap-xml", "robots-txt", "404"];

    /// <summary>Assembles the site; <paramref name="warnings"/> receives what was found questionable but not wrong.</summary>
    public static Site Assemble(LoadedContent content, BuildOptions options, out IReadOnlyList<BuildError> warnings)
    {
        var diagnostics = new Diagnostics(BuildStage.Assemble);
        var units = content.RootUnits.SelectMany(u => u.SelfAndDescendants()).ToList();
        var bySlug = units.ToDictionary(u => u.Slug, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.Now, content.Config.TimeZone).DateTime);
        UnitMergers.Resolve(units, bySlug, today, diagnostics);

        var plans = new List<Plan>();
        var readings = new List<(Plan, Documents.DocumentReading?)>();
        var planSlugs = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var localities = new LocalityMatcher(units);
        foreach (var source in content.Plans)
        {
            if (ResolveUnit(source, bySlug, localities, diagnostics) is not { } unit)
            {
                continue;
            }

            if (!planSlugs.TryAdd(source.Slug, source.Source))
            {
                diagnostics.Add(ContentErrors.SlugCollision(source.SlugAt, Messages.SlugOwnerPlan, source.Slug, planSlugs[source.Slug]));
                continue;
            }

            if (source.Fields.Date is { } date && unit.MergedBy(date) is var (old, merger))
            {
                diagnostics.Add(ContentErrors.UnitMergedBeforeDocument(source.UnitAt, unit, old, merger, date));
            }

            if (IsPublished(source.Fields, today, options))
            {
                var plan = ToPlan(source, unit);
                plans.Add(plan);
                readings.Add((plan, source.Reading));
            }
        }

        CheckPageSlugs(content.Pages, diagnostics);
        CheckAliases(plans, units, content.Pages, diagnostics);
        var ceremonies = new CeremonyAssembler(content, new UnitNames(bySlug), diagnostics).Assemble(readings);
        // Every plan file's slug, whether or not its unit was found: a plan with an unknown unit is one error, not a
        // second "plan does not exist" on each result table that names it.
        var results = ResultAssembler.Assemble(content.Results, units, plans, content.Plans.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal), diagnostics);
        diagnostics.ThrowIfErrors();
        var news = News.NewsAssembler.Assemble(content.News ?? [], bySlug, plans, planSlugs.Keys, ceremonies, content.Config, options, diagnostics);
        warnings = diagnostics.Items;

        plans.Sort(PlanOrder.NewestFirst);
        return new Site
        {
            Config = content.Config,
            RootUnits = content.RootUnits,
            UnitsBySlug = bySlug,
            Plans = plans,
            PlansByUnit = GroupByUnit(units, plans, content.Config.PredecessorPlans),
            Results = results,
            Pages = [.. content.Pages.OrderBy(p => p.Menu ?? int.MaxValue).ThenBy(p => p.Slug, StringComparer.Ordinal)],
            Now = options.Now,
            Ceremonies = ceremonies,
            News = news,
            CeremoniesByUnit = CeremoniesByUnit(ceremonies),
            CeremoniesByPlan = ceremonies.Where(c => c.Plan is not null).GroupBy(c => c.Plan!)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Ceremony>)g.ToList()),
        };
    }

    private static bool IsPublished(PlanFields plan, DateOnly today, BuildOptions options) =>
        (options.IncludeDrafts || !plan.Draft)
        && (options.IncludeFuture || (plan.PublishDate ?? plan.Date) is not { } publish || publish <= today)
        && (options.IncludeExpired || plan.ExpiryDate is not { } expiry || expiry > today);

    private static Unit? ResolveUnit(PlanSource source, Dictionary<string, Unit> bySlug, LocalityMatcher localities, Diagnostics diagnostics)
    {
        if (source.UnitSlug.Length > 0)
        {
            if (bySlug.TryGetValue(source.UnitSlug, out var unit))
            {
                return unit;
            }

            diagnostics.Add(ContentErrors.UnknownUnit(source.UnitAt, source.UnitSlug, bySlug.Keys));
            return null;
        }

        var locality = source.Reading!.Locality!;
        var candidates = localities.Candidates(locality);
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        diagnostics.Add(ContentErrors.UnmatchedLocality(source.Source, $"{locality.Level} {locality.Name}", candidates.Select(u => $"{u.Slug} ({u.FullName})")));
        return null;
    }

    private static Plan ToPlan(PlanSource s, Unit unit) => new(s.Fields)
    {
        Unit = unit,
        Recipients = s.Reading?.Recipients ?? [],
        Events = s.Reading?.Events ?? [],
        Deadlines = s.Reading?.Deadlines ?? [],
        ClosingInBody = DocumentMetadata.UsesReaderBody(s.Reading) && (s.Reading!.Signer is not null || s.Reading.Recipients.Count > 0),
        ReadBody = s.ReadBody,
        BodyLine = s.BodyLine,
        Source = s.Source,
    };

    /// <summary>An old address must be free: no page of the site has it, and no other plan claims it.</summary>
    private static void CheckAliases(List<Plan> plans, List<Unit> units, IReadOnlyList<ContentPage> pages, Diagnostics diagnostics)
    {
        // The addresses of SiteUrls, which the assemble stage does not depend on.
        var taken = plans.Select(p => $"ke-hoach/{p.Slug}/")
            .Concat(units.Select(u => $"dia-ban/{u.Slug}/"))
            .Concat(pages.Select(p => p.Slug + "/"))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            foreach (var alias in plan.Aliases)
            {
                if (!taken.Add(alias))
                {
                    diagnostics.Add(ContentErrors.AliasTaken(plan.Source, alias));
                }
            }
        }
    }

    private static void CheckPageSlugs(IReadOnlyList<ContentPage> pages, Diagnostics diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (ReservedSlugs.Contains(page.Slug))
            {
                diagnostics.Add(ContentErrors.ReservedSlug(page.Source, page.Slug));
            }
            else if (!seen.TryAdd(page.Slug, page.Source))
            {
                diagnostics.Add(ContentErrors.SlugCollision(page.Source, Messages.SlugOwnerPage, page.Slug, seen[page.Slug]));
            }
        }
    }

    /// <summary>Each unit's plans and those of the units under it, in <see cref="PlanOrder"/>, which <paramref name="sorted"/> is in.</summary>
    /// <param name="predecessors">Whether a unit lists the plans of the units merged into it too.</param>
    private static Dictionary<Unit, IReadOnlyList<Plan>> GroupByUnit(List<Unit> units, List<Plan> sorted, bool predecessors)
    {
        // Each list is a part of the sorted plans, taken in their order: sorting each unit's list again compared
        // titles with ICU 150,000 times and more at 50,000 plans, on one core.
        var lists = units.ToDictionary(u => u, _ => new List<Plan>());
        foreach (var plan in sorted)
        {
            if (!predecessors)
            {
                for (var unit = plan.Unit; unit is not null; unit = unit.Parent)
                {
                    lists[unit].Add(plan);
                }

                continue;
            }

            var seen = new HashSet<Unit>();
            for (var unit = plan.Unit; unit is not null; unit = unit.Parent)
            {
                if (seen.Add(unit))
                {
                    lists[unit].Add(plan);
                }

                // Mergers form no cycle (UnitMergers refuses one), so following them ends.
                for (var successor = unit.MergedInto?.Target; successor is not null; successor = successor.Parent)
                {
                    if (seen.Add(successor))
                    {
                        lists[successor].Add(plan);
                    }
                }
            }
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<Plan>)p.Value);
    }

    // A unit's page lists the ceremonies of the units under it too: a district's citizens look for their commune's.
    private static Dictionary<Unit, IReadOnlyList<Ceremony>> CeremoniesByUnit(List<Ceremony> ceremonies)
    {
        var result = new Dictionary<Unit, List<Ceremony>>();
        foreach (var ceremony in ceremonies)
        {
            for (var u = ceremony.Unit; u is not null; u = u.Parent)
            {
                if (!result.TryGetValue(u, out var list))
                {
                    result[u] = list = [];
                }

                list.Add(ceremony);
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<Ceremony>)p.Value);
    }
}
