namespace RaQuan.Rendering.Bodies;

/// <summary>A heading of a body: level 2 or 3, its id and text.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
