using System.Collections.Concurrent;
using System.Dynamic;
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

    public TemplateSet(IReadOnlyDictionary<string, Func<ITemplatePage>>? overrides = null)
    {
        if (overrides is null or { Count: 0 })
        {
            _factories = BuiltInTemplates.Factories;
            return;
        }

        var factories = new Dictionary<string, Func<ITemplatePage>>(BuiltInTemplates.Factories, StringComparer.Ordinal);
        foreach (var (name, factory) in overrides)
        {
            factories[name] = factory;
        }

        _factories = factories;
    }

    /// <summary>The names of the built-in templates, sorted.</summary>
    public static IEnumerable<string> BuiltInNames => BuiltInTemplates.Factories.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// "Views/PlanView" for a <see cref="PlanPageModel"/>: each page model has the view named after it, so adding a
    /// page kind is adding a model and its view.
    /// </summary>
    public static string ViewOf(PageModel page) =>
        ViewNames.GetOrAdd(page.GetType(), static type => "Views/" + type.Name.Replace("PageModel", "View", StringComparison.Ordinal));

    /// <summary>Writes the page's view inside the layout to <paramref name="writer"/>.</summary>
    public async Task RenderPageAsync(PageModel page, TextWriter writer)
    {
        var recorder = Recorders.TryTake(out var kept) ? kept : new RecordedHtml();
        var context = new PageContext(new ExpandoObject()) { Writer = recorder, Model = page };
        var view = Create(ViewOf(page), page, context);
        await view.ExecuteAsync();

        // The layout comes second, as RazorLight renders one: it needs the sections the view defined ("Head").
        var layout = Create(Layout, page, context);
        context.Writer = writer;
        layout.BodyContent = recorder;
        layout.PreviousSectionWriters = view.SectionWriters;
        layout.IsLayoutBeingRendered = true;
        await layout.ExecuteAsync();
        layout.EnsureRenderedBodyOrSections();

        recorder.Clear();
        Recorders.Add(recorder);
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
