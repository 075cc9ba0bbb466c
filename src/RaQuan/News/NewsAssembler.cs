using RaQuan.Images;

namespace RaQuan.News;

/// <summary>Links news posts to their unit, plan and ceremony, applies the publishing rules, and processes their photos.</summary>
internal static class NewsAssembler
{
    public static NewsIndex Assemble(
        IReadOnlyList<NewsSource> sources, IReadOnlyDictionary<string, Unit> units, IReadOnlyList<Plan> plans, ICollection<string> allPlanSlugs,
        IReadOnlyList<Ceremony> ceremonies, SiteConfig config, BuildOptions options, Diagnostics diagnostics)
    {
        if (sources.Count == 0)
        {
            return NewsIndex.Empty;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.Now, config.TimeZone).DateTime);
        var plansBySlug = plans.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var ceremoniesBySlug = ceremonies.GroupBy(c => c.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var slugs = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var posts = new List<NewsPost>();
        foreach (var s in sources)
        {
            if (!units.TryGetValue(s.UnitSlug, out var unit))
            {
                diagnostics.Add(ContentErrors.UnknownUnit(s.UnitAt, s.UnitSlug, units.Keys));
                continue;
            }

            if (!slugs.TryAdd(s.Slug, s.Source))
            {
                diagnostics.Add(ContentErrors.SlugCollision(s.Source, Messages.SlugOwnerNews, s.Slug, slugs[s.Slug]));
                continue;
            }

            Plan? plan = null;
            if (s.PlanSlug is { } planSlug && !plansBySlug.TryGetValue(planSlug, out plan) && !allPlanSlugs.Contains(planSlug))
            {
                diagnostics.Add(ContentErrors.UnknownPlan(s.PlanAt, planSlug, allPlanSlugs));
            }

            Ceremony? ceremony = null;
            if (s.CeremonySlug is { } ceremonySlug && !ceremoniesBySlug.TryGetValue(ceremonySlug, out ceremony))
            {
                diagnostics.Add(ContentErrors.UnknownCeremony(s.CeremonyAt, ceremonySlug, ceremoniesBySlug.Keys));
            }

            var published = s.Offset is { } offset
                ? TimeZoneInfo.ConvertTime(new DateTimeOffset(s.LocalDate, offset), config.TimeZone)
                : new DateTimeOffset(s.LocalDate, config.TimeZone.GetUtcOffset(s.LocalDate));
            if ((!options.IncludeDrafts && s.Draft)
                || (!options.IncludeFuture && (published > options.Now || s.PublishDate > today))
                || (!options.IncludeExpired && s.ExpiryDate <= today))
            {
                continue;
            }

            posts.Add(new NewsPost
            {
                Title = s.Title, Slug = s.Slug, Published = published, Unit = unit, Summary = s.Summary, Author = s.Author, Tags = s.Tags,
                Plan = plan, Ceremony = ceremony, Aliases = s.Aliases, Body = s.Body, Lead = s.Lead, Source = s.Source,
            });
        }

        diagnostics.ThrowIfErrors();
        var processor = new ImageProcessor(new ImageCache(options.ImageCacheDirectory ?? ImageCache.DefaultRoot));
        ProcessPhotos(posts, processor, diagnostics);
        posts.Sort((a, b) => b.Published.CompareTo(a.Published) is var c and not 0 ? c : string.CompareOrdinal(a.Slug, b.Slug));
        return new NewsIndex(posts, processor.Encodes, processor.Hashes);
    }

    // Two at a time: libvips uses threads of its own within each photo, and the machine may have only two cores.
    private static void ProcessPhotos(List<NewsPost> posts, ImageProcessor processor, Diagnostics diagnostics)
    {
        var photos = posts.SelectMany(p => p.Photos).ToList();
        var byFile = new System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ProcessedImage?>>(StringComparer.Ordinal);
        var noLibrary = 0;
        Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = 2 }, photo =>
        {
            var processed = byFile.GetOrAdd(photo.FullPath, path => new Lazy<ProcessedImage?>(() =>
            {
                try
                {
                    return processor.Process(path);
                }
                catch (ImageRejectedException e)
                {
                    // Without the library every photo fails alike: one error says it.
                    if (e.Problem != ImageProblem.NoLibrary || Interlocked.Exchange(ref noLibrary, 1) == 0)
                    {
                        diagnostics.Add(ContentErrors.RejectedPhoto(DisplayOf(photo), photo.At, e.Problem, e.Detail));
                    }

                    return null;
                }
            })).Value;
            if (processed is not null)
            {
                photo.Image = processed;
            }
        });
        processor.SaveFingerprints();
        diagnostics.ThrowIfErrors();
    }

    // As ContentPaths.Display names files: relative to the working folder when inside it.
    private static string DisplayOf(Photo photo)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, photo.FullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? photo.FullPath : relative.Replace('\\', '/');
    }
}
