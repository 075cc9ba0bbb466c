namespace RaQuan.Rendering.Pages;

public sealed record HomePageModel : PageModel
{
    public override PageKind Kind => PageKind.Home;
    public required IReadOnlyList<Plan> Latest { get; init; }

    /// <summary>The next ceremonies after the build time, soonest first.</summary>
    public IReadOnlyList<Ceremony> NextCeremonies { get; init; } = [];

    /// <summary>The newest news posts.</summary>
    public IReadOnlyList<NewsPost> LatestNews { get; init; } = [];
}
