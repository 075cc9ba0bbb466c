namespace RaQuan.Feeds;

/// <summary>One entry of a feed, already resolved to absolute URLs and HTML.</summary>
/// <param name="ContentHtml">The full text as HTML, in UTF-8; null for none.</param>
/// <param name="Guid">A unique id that is not the link, for entries that announce a change to a page; null: the link is the id.</param>
internal sealed record FeedItem(
    string Title,
    string Link,
    DateTimeOffset? Published,
    string Summary,
    byte[]? ContentHtml,
    string? Author,
    IReadOnlyList<string> Categories,
    string? Guid = null,
    FeedEnclosure? Enclosure = null);
