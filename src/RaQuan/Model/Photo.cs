namespace RaQuan.Model;

/// <summary>A photo of a news post, as written in its text or front matter, and once assembled, as processed.</summary>
public sealed class Photo
{
    /// <summary>The address as written ("anh-1.jpg", "/anh/logo.png").</summary>
    public required string Src { get; init; }

    public required string FullPath { get; init; }
    public required string Alt { get; set; }
    public string? Caption { get; set; }

    /// <summary>Who took it ("Ảnh: …"), shown as visible text since the photo's own metadata is removed.</summary>
    public string? Credit { get; set; }

    public required SourceLocation At { get; init; }

    /// <summary>The file name the published versions start with ("anh-1"), unique within the post.</summary>
    public string Name { get; set; } = "";

    /// <summary>The processed versions, set by the assemble stage.</summary>
    public ProcessedImage Image { get; set; } = null!;
}
