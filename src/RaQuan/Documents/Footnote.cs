namespace RaQuan.Documents;

/// <summary>A footnote: <paramref name="Mark"/> is its number as digits ("2" for "⁽²⁾").</summary>
public sealed record Footnote(string Mark, string Text);
