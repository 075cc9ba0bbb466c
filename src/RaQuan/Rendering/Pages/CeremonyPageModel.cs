namespace RaQuan.Rendering.Pages;

public sealed record CeremonyPageModel : PageModel
{
    public override PageKind Kind => PageKind.Ceremony;
    public required Ceremony Ceremony { get; init; }

    /// <summary>schema.org Event as JSON, safe to place inside a script element.</summary>
    public required string JsonLd { get; init; }

    /// <summary>Whether the ceremony is over at build time.</summary>
    public required bool IsPast { get; init; }

    /// <summary>News posts that report on the ceremony.</summary>
    public IReadOnlyList<NewsPost> News { get; init; } = [];
}
