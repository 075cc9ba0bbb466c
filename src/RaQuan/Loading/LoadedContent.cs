namespace RaQuan.Loading;

/// <summary>The output of the load stage: everything read, nothing yet linked.</summary>
internal sealed record LoadedContent(
    ContentPaths Paths,
    SiteConfig Config,
    IReadOnlyList<Unit> RootUnits,
    IReadOnlyList<PlanSource> Plans,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlyList<Ceremonies.CeremonySource> Ceremonies,
    IReadOnlyList<Results.ResultSource> Results,
    IReadOnlyList<Building.BuildError> Warnings,
    IReadOnlyList<News.NewsSource>? News = null);
