namespace RaQuan.Rendering.Pages;

/// <summary>A link: text and path relative to the base URL.</summary>
public sealed record Link(string Text, string Path);
