namespace RaQuan.Rendering.Pages;

/// <summary>A file offered for download: link text, path, media type.</summary>
public sealed record Download(string Text, string Path, string MediaType);
