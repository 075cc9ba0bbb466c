using RaQuan.Model;
using RaQuan.Rendering;
using RaQuan.Themes.Default.Overrides;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default;

/// <summary>
/// The default theme: Razor templates (.cshtml in Views/, Shared/ and Layout/) compiled with the program, each
/// replaced by a site's own template of the same name where the site has one.
/// </summary>
public sealed class DefaultTheme : ITheme, IAsyncDisposable
{
    private readonly TemplateSet _templates;

    public DefaultTheme()
        : this(new TemplateSet(), LoadAssets())
    {
    }

    private DefaultTheme(TemplateSet templates, IReadOnlyList<ThemeAsset> assets)
    {
        _templates = templates;
        Assets = assets;
    }

    public IReadOnlyList<ThemeAsset> Assets { get; }

    public async Task<byte[]> RenderAsync(PageModel page)
    {
        byte[]? bytes = null;
        await RenderAsync(page, rendered => bytes = rendered.ToArray());
        return bytes!;
    }

    public Task RenderAsync(PageModel page, PageBytes write)
    {
        if (page.Output != OutputFormat.Html)
        {
            throw new InvalidOperationException($"the theme renders HTML pages, not {page.Output.Name}");
        }

        return Utf8PageWriter.WriteAsync(writer => _templates.RenderPageAsync(page, writer), page switch
        {
            PlanPageModel plan => plan.Body,
            ContentPageModel content => content.Body,
            _ => null,
        }, write);
    }

    /// <summary>This theme with the site's own templates in place of the built-in ones of the same name, compiled by RazorLight.</summary>
    public async Task<ITheme> ForSiteAsync(SiteThemeFolder folder, string? cacheDirectory, CancellationToken cancellation)
    {
        var overrides = await SiteTemplateCompiler.CompileAsync(folder, cacheDirectory ?? CompiledTemplateCache.DefaultRoot, cancellation);
        return overrides.Count == 0 ? this : new DefaultTheme(new TemplateSet(overrides), Assets);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static List<ThemeAsset> LoadAssets()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        var assets = new List<ThemeAsset>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            assets.Add(new ThemeAsset(name, memory.ToArray()));
        }

        return assets;
    }
}
