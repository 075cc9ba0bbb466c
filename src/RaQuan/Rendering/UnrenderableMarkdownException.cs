namespace RaQuan.Rendering;

/// <summary>Markdig refused the text (it is nested deeper than Markdig allows); the render stage names the file.</summary>
internal sealed class UnrenderableMarkdownException(string reason, Exception inner) : Exception(reason, inner);
