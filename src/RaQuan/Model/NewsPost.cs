namespace RaQuan.Model;

/// <summary>A published news post (tin bài): a short article with photos, by a unit, often about a plan or a ceremony.</summary>
public sealed class NewsPost
{
    public required string Title { get; init; }
    public required string Slug { get; init; }

    /// <summary>When it was posted, with the site's offset.</summary>
    public required DateTimeOffset Published { get; init; }

    public required Unit Unit { get; init; }
    public string? Summary { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The plan the post reports on.</summary>
    public Plan? Plan { get; init; }

    /// <summary>The ceremony the post reports on.</summary>
    public Ceremony? Ceremony { get; init; }

    /// <summary>Other addresses of the post ("tin-tuc/ten-cu/"), each redirecting to it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The text and photos, without the lead photo.</summary>
    public required IReadOnlyList<NewsBlock> Body { get; init; }

    /// <summary>The photo shown first and shared with links; null for a post without photos.</summary>
    public Photo? Lead { get; init; }

    public required SourceLocation Source { get; init; }

    /// <summary>Every photo, the lead first.</summary>
    public IEnumerable<Photo> Photos => (Lead is null ? [] : new[] { Lead }).Concat(Body.SelectMany(b => b.Photos));

    /// <summary>Who took the photos, each once.</summary>
    public IReadOnlyList<string> Credits => Photos.Select(p => p.Credit).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
