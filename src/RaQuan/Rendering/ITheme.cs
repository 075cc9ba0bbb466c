using RaQuan.Rendering.Pages;

namespace RaQuan.Rendering;

/// <summary>Turns page models into HTML documents. Implemented by a theme (see themes/Default).</summary>
public interface ITheme
{
    /// <summary>The whole HTML document for a page, in UTF-8 without a byte order mark, as output files hold it.</summary>
    Task<byte[]> RenderAsync(PageModel page);

    /// <summary>
    /// The same document handed to <paramref name="write"/>, which must not keep the bytes: a build writes them into
    /// their file at once, and a theme may reuse its buffer for the next page rather than copy each page into an
    /// array of its own (the pages of a 10,000-plan site are about a gigabyte).
    /// </summary>
    async Task RenderAsync(PageModel page, PageBytes write) => write(await RenderAsync(page));

    /// <summary>
    /// This theme for a site with its own theme folder (<c>themes/NAME/</c>), whose templates replace the theme's of
    /// the same name. Throws <see cref="Building.BuildException"/> when one of them cannot be used.
    /// </summary>
    /// <param name="cacheDirectory">Where compiled templates are kept between builds; null: the user's cache folder.</param>
    Task<ITheme> ForSiteAsync(Model.SiteThemeFolder folder, string? cacheDirectory, CancellationToken cancellation) => Task.FromResult(this);

    /// <summary>Static files the theme needs (stylesheet), written under their paths.</summary>
    IReadOnlyList<ThemeAsset> Assets { get; }
}
