namespace RaQuan.News;

/// <summary>A news post as read from news/SLUG/index.md or news/SLUG.md, before its unit, plan and ceremony are looked up.</summary>
internal sealed record NewsSource(
    string Title,
    string Slug,
    DateTime LocalDate,
    TimeSpan? Offset,
    string UnitSlug,
    SourceLocation UnitAt,
    string? Summary,
    string? Author,
    IReadOnlyList<string> Tags,
    string? PlanSlug,
    SourceLocation PlanAt,
    string? CeremonySlug,
    SourceLocation CeremonyAt,
    bool Draft,
    DateOnly? PublishDate,
    DateOnly? ExpiryDate,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<NewsBlock> Body,
    Photo? Lead,
    SourceLocation Source);
