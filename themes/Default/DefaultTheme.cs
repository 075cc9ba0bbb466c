using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RaQuan.Rendering;
using RaQuan.Rendering.Pages;

namespace RaQuan.Themes.Default;

/// <summary>The default theme: Razor components rendered with <see cref="HtmlRenderer"/>.</summary>
public sealed class DefaultTheme : ITheme, IAsyncDisposable
{
    /// <summary>
    /// Each view is the component whose <c>Page</c> parameter takes that page model, so adding a page kind is
    /// adding a view: nothing to register. A view with <see cref="OutputViewAttribute"/> renders another output.
    /// </summary>
    private static readonly Dictionary<(Type Model, string Output), Type> Views = FindViews();

    // Views are found by reflection, so a trimmed or Native AOT build must keep every type of this assembly with all
    // its members: ILLink.Descriptors.xml, embedded in the assembly, tells the trimmer and the AOT compiler to.
    private const string RootedByDescriptor = "ILLink.Descriptors.xml keeps this whole assembly, every view and its members.";

    private readonly ServiceProvider _services;

    public DefaultTheme()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));

        // The default encoder escapes every non-ASCII letter ("K&#x1EBF;"); Vietnamese must stay readable and small.
        services.AddSingleton<HtmlEncoder>(MinimalHtmlEncoder.Instance);
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<IComponentActivator, CachedComponentActivator>();
        _services = services.BuildServiceProvider();
        Assets = LoadAssets();
    }

    public IReadOnlyList<ThemeAsset> Assets { get; }

    public async Task<byte[]> RenderAsync(PageModel page)
    {
        byte[]? bytes = null;
        await RenderAsync(page, rendered => bytes = rendered.ToArray());
        return bytes!;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = RootedByDescriptor)]
    public async Task RenderAsync(PageModel page, PageBytes write)
    {
        var view = Views[(page.GetType(), page.Output.Name)];

        // A renderer keeps every component it rendered until it is disposed, page bodies included; one renderer
        // per page keeps a 50,000-page build's memory flat. Creating one costs microseconds.
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
            var output = await renderer.RenderComponentAsync(view, parameters);
            Utf8PageWriter.Write(output.WriteHtmlTo, page switch
            {
                PlanPageModel plan => plan.Body,
                ContentPageModel content => content.Body,
                _ => null,
            }, write);
        });
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = RootedByDescriptor)]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedByDescriptor)]
    private static Dictionary<(Type Model, string Output), Type> FindViews() => typeof(DefaultTheme).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (View: t, Model: t.GetProperty("Page")?.PropertyType))
        .Where(v => v.Model is not null && typeof(PageModel).IsAssignableFrom(v.Model) && !v.Model.IsAbstract)
        .ToDictionary(
            v => (v.Model!, v.View.GetCustomAttributes(typeof(OutputViewAttribute), false) is [OutputViewAttribute a] ? a.Output : OutputFormat.Html.Name),
            v => v.View);

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
