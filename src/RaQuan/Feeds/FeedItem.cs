namespace RaQuan.Feeds;

/// <summary>One entry of a feed, already resolved to absolute URLs and HTML.</summary>
internal sealed record FeedItem(
    string Title,
    string Link,
    DateTimeOffset? Published,
    string Summary,
    string? ContentHtml,
    string? Author,
    IReadOnlyList<string> Categories);
