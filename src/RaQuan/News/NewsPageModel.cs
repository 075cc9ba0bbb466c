using RaQuan.Rendering;
using RaQuan.Rendering.Pages;

namespace RaQuan.News;

/// <summary>A news post's page: the lead photo, the text with its photos and galleries, credits, what it reports on.</summary>
public sealed record NewsPageModel : PageModel
{
    public override PageKind Kind => PageKind.News;

    public required NewsPost Post { get; init; }

    /// <summary>The lead photo as HTML (a figure), or empty.</summary>
    public required string LeadHtml { get; init; }

    /// <summary>The text and photos as safe HTML.</summary>
    public required string BodyHtml { get; init; }

    /// <summary>Other news of the post's unit and the units under it, newest first.</summary>
    public IReadOnlyList<NewsPost> More { get; init; } = [];

    public override IReadOnlyList<string> Images =>
        Post.Photos.Select(p => Urls.Absolute(NewsUrls.Image(Post, p, p.Image.Largest))).ToList();
}
