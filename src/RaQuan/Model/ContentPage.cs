namespace RaQuan.Model;

/// <summary>A plain page from <c>pages/*.md</c> (Giới thiệu, Liên hệ).</summary>
public sealed class ContentPage
{
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public string? Summary { get; init; }

    /// <summary>Position in the main navigation; null keeps the page out of it.</summary>
    public int? Menu { get; init; }

    public required string Body { get; init; }
    public int BodyLine { get; init; } = 1;
    public required SourceLocation Source { get; init; }
}
