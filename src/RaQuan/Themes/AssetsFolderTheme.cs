using RaQuan.Rendering;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes;

/// <summary>
/// A theme whose assets (stylesheet, script, images) are read from a folder at every build, over those it embeds: a
/// site's own theme (<c>theme: { name: NAME }</c>, its folder <c>themes/NAME/assets/</c>), and
/// <c>raquan serve --theme-assets</c>, so that editing the theme's own files shows without a restart.
/// </summary>
internal sealed class AssetsFolderTheme(ITheme theme, string folder) : ITheme
{
    public IReadOnlyList<ThemeAsset> Assets
    {
        get
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => new ThemeAsset("assets/" + Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file)))
                .ToList();
            var fromFolder = files.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
            return [.. theme.Assets.Where(a => !fromFolder.Contains(a.Path)), .. files];
        }
    }

    public Task<byte[]> RenderAsync(PageModel page) => theme.RenderAsync(page);

    public Task RenderAsync(PageModel page, PageBytes write) => theme.RenderAsync(page, write);
}
