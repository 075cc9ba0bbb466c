namespace RaQuan.Model;

/// <summary>A part of a news post's text: Markdown, or photos standing on their own (more than one: a gallery).</summary>
public sealed record NewsBlock(string? Markdown, int Line, IReadOnlyList<Photo> Photos)
{
    public bool IsGallery => Photos.Count > 1;
}
