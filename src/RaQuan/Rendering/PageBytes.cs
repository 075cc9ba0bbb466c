namespace RaQuan.Rendering;

/// <summary>Takes a rendered page's bytes, good only during the call (<see cref="ITheme.RenderAsync(Pages.PageModel, PageBytes)"/>).</summary>
public delegate void PageBytes(ReadOnlySpan<byte> bytes);
