namespace RaQuan.Rendering;

/// <summary>A file a theme ships, with its path relative to the site root.</summary>
public sealed record ThemeAsset(string Path, byte[] Content);
