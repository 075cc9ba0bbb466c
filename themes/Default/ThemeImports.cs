namespace RaQuan.Themes.Default;

/// <summary>
/// The namespaces every template sees without a <c>@using</c>, besides RazorLight's own (System, System.Linq, …).
/// Compiled into the theme and into the generator, so a built-in template and a site's copy of it read the same names.
/// </summary>
internal static class ThemeImports
{
    public static readonly string[] Namespaces =
    [
        "RaQuan.Model",
        "RaQuan.Rendering",
        "RaQuan.Rendering.Pages",
        "RaQuan.Rendering.Bodies",
        "RaQuan.Ceremonies",
        "RaQuan.News",
        "RaQuan.Themes.Default",
        "RaQuan.Themes.Default.Models",
    ];
}
