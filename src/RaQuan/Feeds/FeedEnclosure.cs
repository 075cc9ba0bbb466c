namespace RaQuan.Feeds;

/// <summary>An RSS &lt;enclosure&gt;: a file attached to an entry (a news post's lead photo), with its size in bytes and media type.</summary>
internal sealed record FeedEnclosure(string Url, long Length, string Type);
