using RaQuan.Rendering.Pages;

namespace RaQuan.Rendering;

/// <summary>Turns page models into HTML documents. Implemented by a theme (see themes/Default).</summary>
public interface ITheme
{
    /// <summary>The whole HTML document for a page, in UTF-8 without a byte order mark, as output files hold it.</summary>
    Task<byte[]> RenderAsync(PageModel page);

    /// <summary>Static files the theme needs (stylesheet), written under their paths.</summary>
    IReadOnlyList<ThemeAsset> Assets { get; }
}
