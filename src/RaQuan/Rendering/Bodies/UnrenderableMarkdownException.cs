using RaQuan.Loading;

namespace RaQuan.Rendering.Bodies;

/// <summary>
/// The renderer refused the text: nested deeper than Markdig allows, or of a shape too slow to read
/// (<see cref="Shape"/>); the render stage names the file.
/// </summary>
internal sealed class UnrenderableMarkdownException : Exception
{
    public UnrenderableMarkdownException(string reason, Exception inner)
        : base(reason, inner)
    {
    }

    public UnrenderableMarkdownException(SlowShape shape)
        : base(shape.Kind.ToString()) => Shape = shape;

    /// <summary>The shape of <see cref="SlowShapes"/> refused, its line counted in the text given to the renderer.</summary>
    public SlowShape? Shape { get; }
}
