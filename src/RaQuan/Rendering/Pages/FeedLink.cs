namespace RaQuan.Rendering.Pages;

/// <summary>A feed a page advertises.</summary>
public sealed record FeedLink(string Title, string Path, string MediaType);
