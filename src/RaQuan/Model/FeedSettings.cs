namespace RaQuan.Model;

/// <summary>How many items a feed holds and whether it carries the full text.</summary>
public sealed record FeedSettings(int Items, bool FullText)
{
    public static FeedSettings Default { get; } = new(50, true);
}
