using RaQuan.Units;
using RaQuan.Documents;
using RaQuan.Loading;

namespace RaQuan.Ceremonies;

/// <summary>
/// Links ceremonies to their units and plans: those written in <c>ceremonies/</c>, and those a plan's own text lays
/// out, unless <c>ceremonies/</c> already names that plan (staff corrections win over what was read).
/// </summary>
internal sealed class CeremonyAssembler(LoadedContent content, UnitNames units, Diagnostics diagnostics)
{
    public static string SlugFor(Unit unit, DateTime start) =>
        $"{unit.Slug}-{start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>Every ceremony, earliest first.</summary>
    public List<Ceremony> Assemble(IReadOnlyList<(Plan Plan, DocumentReading? Reading)> plans)
    {
        var published = plans.ToDictionary(p => p.Plan.Slug, p => p.Plan, StringComparer.Ordinal);
        var allPlanSlugs = content.Plans.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var ceremonies = new List<Ceremony>();
        var slugs = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var source in content.Ceremonies)
        {
            if (ToCeremony(source, published, allPlanSlugs) is not { } ceremony)
            {
                continue;
            }

            if (slugs.TryAdd(ceremony.Slug, source.Source))
            {
                ceremonies.Add(ceremony);
            }
            else
            {
                diagnostics.Add(ContentErrors.SlugCollision(source.Source, Messages.SlugOwnerCeremony, ceremony.Slug, slugs[ceremony.Slug]));
            }
        }

        var planned = content.Ceremonies.Where(c => c.Plan is not null).Select(c => c.Plan!).ToHashSet(StringComparer.Ordinal);
        foreach (var (plan, reading) in plans)
        {
            if (reading is null || planned.Contains(plan.Slug))
            {
                continue;
            }

            foreach (var ceremony in DocumentCeremonies.Read(plan, reading, units, diagnostics))
            {
                // Written ceremonies keep their addresses; one read from a document gives way.
                var slug = ceremony.Slug;
                for (var n = 2; slugs.ContainsKey(slug); n++)
                {
                    slug = $"{ceremony.Slug}-{n}";
                }

                slugs[slug] = ceremony.Source;
                ceremonies.Add(ceremony with { Slug = slug });
            }
        }

        ceremonies.Sort(CeremonyOrder.Earliest);
        return ceremonies;
    }

    private Ceremony? ToCeremony(CeremonySource s, Dictionary<string, Plan> published, HashSet<string> allPlanSlugs)
    {
        var found = units.Find(s.Unit, on: DateOnly.FromDateTime(s.Start));
        if (found.Count != 1)
        {
            diagnostics.Add(found.Count == 0
                ? ContentErrors.UnknownCeremonyUnit(s.UnitAt, s.Unit, units.Suggest(s.Unit))
                : ContentErrors.AmbiguousUnit(s.UnitAt, s.Unit, found.Select(u => $"{u.Slug} ({u.FullName})")));
            return null;
        }

        if (s.Plan is not null && !allPlanSlugs.Contains(s.Plan))
        {
            diagnostics.Add(ContentErrors.UnknownPlan(s.PlanAt, s.Plan, allPlanSlugs));
            return null;
        }

        var unit = found[0];
        if (unit.MergedBy(DateOnly.FromDateTime(s.Start)) is var (old, merger))
        {
            diagnostics.Add(ContentErrors.UnitMergedBeforeDocument(s.UnitAt, unit, old, merger, DateOnly.FromDateTime(s.Start)));
        }

        var length = s.End - s.Start;
        var (start, original) = s.PostponedTo is { } moved ? (moved, s.Start) : (s.Start, (DateTime?)null);
        return new Ceremony
        {
            Slug = s.Slug ?? SlugFor(unit, s.Start),
            Title = s.Title ?? $"Lễ ra quân {unit.FullName}",
            Unit = unit,
            Start = Local(start),
            End = length is { } l ? Local(start + l) : null,
            AllDay = s.AllDay,
            OriginalStart = original is { } o ? Local(o) : null,
            OriginalEnd = original is { } oe && length is { } ol ? Local(oe + ol) : null,
            Place = s.Place,
            Content = s.Content,
            Scale = s.Scale,
            Contact = s.Contact,
            Plan = s.Plan is null ? null : published.GetValueOrDefault(s.Plan),
            Agenda = s.Agenda,
            Status = s.Status,
            Updates = [.. s.Updated.Select(Local)],
            Source = s.Source,
        };
    }

    private DateTimeOffset Local(DateTime local) => new(local, content.Config.TimeZone.GetUtcOffset(local));
}
