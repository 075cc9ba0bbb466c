using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Dynamic;
using RaQuan.Building;
using RaQuan.Model;
using RaQuan.Themes.Default.Overrides;
using RaQuan.Rendering.Pages;
using RaQuan.Themes.Default.Templates;
using RazorLight;

namespace RaQuan.Themes.Default;

/// <summary>
/// The templates a site renders with, by name ("Views/PlanView", "Shared/PlanFacts", "Layout/Document"): the
/// built-in ones compiled with the program, each replaced by the site's own where it has one.
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>The layout every view is rendered inside.</summary>
    public const string Layout = "Layout/Document";

    private static readonly ConcurrentDictionary<Type, string> ViewNames = new();
    private static readonly ConcurrentBag<RecordedHtml> Recorders = [];

    private readonly IReadOnlyDictionary<string, Func<ITemplatePage>> _factories;
    private readonly IReadOnlyDictionary<string, SiteTemplate> _overrides;

    public TemplateSet(IReadOnlyDictionary<string, SiteTemplate>? overrides = null)
    {
        _overrides = overrides ?? new Dictionary<string, SiteTemplate>();
        if (_overrides.Count == 0)
        {
            _factories = BuiltInTemplates.Factories;
            return;
        }

        var factories = new Dictionary<string, Func<ITemplatePage>>(BuiltInTemplates.Factories, StringComparer.Ordinal);
        foreach (var (name, template) in _overrides)
        {
            factories[name] = template.Create;
        }

        _factories = factories;
    }

    /// <summary>
    /// "Views/PlanView" for a <see cref="PlanPageModel"/>: each page model has the view named after it, so adding a
    /// page kind is adding a model and its view.
    /// </summary>
    public static string ViewOf(PageModel page) =>
        ViewNames.GetOrAdd(page.GetType(), static type => "Views/" + type.Name.Replace("PageModel", "View", StringComparison.Ordinal));

    /// <summary>Writes the page's view inside the layout to <paramref name="writer"/>.</summary>
    public async Task RenderPageAsync(PageModel page, TextWriter writer)
    {
        if (_overrides.Count == 0)
        {
            await RenderAsync(page, writer);
            return;
        }

        try
        {
            await RenderAsync(page, writer);
        }
        catch (Exception e) when (e is not (BuildException or OperationCanceledException) && Culprit(e) is { } at)
        {
            throw new BuildException([ContentErrors.TemplateRenderError(at, e.Message, page.Urls.Absolute(page.Path))]);
        }
    }

    /// <summary>Where in a site's own template <paramref name="e"/> was thrown, from the symbols RazorLight compiled with it.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only a site's own templates get here, compiled at run time.")]
    private SourceLocation? Culprit(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && _overrides.Values.FirstOrDefault(t => t.Key == file) is { } template)
            {
                return new SourceLocation(template.ShownAs, frame.GetFileLineNumber(), frame.GetFileColumnNumber());
            }
        }

        return null;
    }

    private async Task RenderAsync(PageModel page, TextWriter writer)
    {
        var recorder = Recorders.TryTake(out var kept) ? kept : new RecordedHtml();
        var context = new PageContext(new ExpandoObject()) { Writer = recorder, Model = page };
        var name = ViewOf(page);
        var view = Create(name, page, context);
        await view.ExecuteAsync();

        // The layout comes second, as RazorLight renders one: it needs the sections the view defined ("Head"). A
        // site's view may choose another layout of the site's theme (Layout = "Wide" is Layout/Wide.cshtml).
        var layout = Create(view.Layout is { Length: > 0 } chosen ? LayoutNamed(chosen, name) : Layout, page, context);
        context.Writer = writer;
        layout.BodyContent = recorder;
        layout.PreviousSectionWriters = view.SectionWriters;
        layout.IsLayoutBeingRendered = true;
        await layout.ExecuteAsync();
        layout.EnsureRenderedBodyOrSections();

        recorder.Clear();
        Recorders.Add(recorder);
    }

    /// <summary>The layout a view named: "Wide", "Layout/Wide" or "Layout/Wide.cshtml" are Layout/Wide.</summary>
    private string LayoutNamed(string chosen, string view)
    {
        var name = chosen.TrimStart('~', '/');
        name = name.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? name[..^".cshtml".Length] : name;
        name = name.StartsWith("Layout/", StringComparison.Ordinal) ? name : "Layout/" + name;
        if (_factories.ContainsKey(name))
        {
            return name;
        }

        var at = _overrides.GetValueOrDefault(view) is { } template ? template.LayoutAt ?? new SourceLocation(template.ShownAs) : new SourceLocation(view + ".cshtml");
        var layouts = _factories.Keys.Where(k => k.StartsWith("Layout/", StringComparison.Ordinal)).Select(k => k["Layout/".Length..]).Order(StringComparer.Ordinal);
        throw new BuildException([ContentErrors.TemplateLayoutMissing(at, chosen, string.Join(", ", layouts))]);
    }

    /// <summary>Writes the partial <c>Shared/<paramref name="name"/></c> to the context's writer.</summary>
    public async Task RenderPartialAsync(string name, object model, PageContext context)
    {
        var partial = Create("Shared/" + name, model, context);
        await partial.ExecuteAsync();
    }

    private ITemplatePage Create(string name, object model, PageContext context)
    {
        if (!_factories.TryGetValue(name, out var factory))
        {
            throw new InvalidOperationException($"no template {name}.cshtml in the theme");
        }

        var template = factory();
        template.Key = name;
        template.PageContext = context;
        template.SetModel(model);
        if (template is TemplatePageBase page)
        {
            // RazorLight's default encoder writes every Vietnamese letter as a numeric entity.
            page.HtmlEncoder = MinimalHtmlEncoder.Instance;
        }

        if (template is IThemeTemplate themed)
        {
            themed.Templates = this;
        }

        return template;
    }
}
