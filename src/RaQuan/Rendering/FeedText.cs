namespace RaQuan.Rendering;

/// <summary>A plan's body as a feed carries it: HTML with absolute links, and the fallback summary.</summary>
internal sealed record FeedText(string Html, string Excerpt);
