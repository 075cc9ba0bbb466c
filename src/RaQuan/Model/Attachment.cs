namespace RaQuan.Model;

/// <summary>A file published with a plan, such as the signed PDF; <see cref="Path"/> is relative to the site folder.</summary>
public sealed record Attachment(string Title, string Path, long Length);
