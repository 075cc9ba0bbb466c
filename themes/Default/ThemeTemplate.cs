using Microsoft.AspNetCore.Html;
using RazorLight;

namespace RaQuan.Themes.Default;

/// <summary>
/// The base of every template, built-in or a site's own (<c>@inherits ThemeTemplate&lt;PlanPageModel&gt;</c>):
/// RazorLight's page with the theme's helpers. A partial is rendered in place, the site's own version if it has one.
/// </summary>
/// <typeparam name="TModel">The page model of a view, or the model of a partial.</typeparam>
public abstract class ThemeTemplate<TModel> : TemplatePage<TModel>, IThemeTemplate
{
    TemplateSet? IThemeTemplate.Templates { get; set; }

    /// <summary>
    /// Writes the partial template <c>Shared/<paramref name="name"/></c> with <paramref name="model"/> where it is
    /// called: <c>@await Partial("PlanFacts", new PlanFactsModel(plan, Model.Urls))</c>.
    /// </summary>
    public async Task<IHtmlContent> Partial(string name, object model)
    {
        var templates = ((IThemeTemplate)this).Templates ?? throw new InvalidOperationException("a template is rendered outside the theme");
        await templates.RenderPartialAsync(name, model, PageContext);
        return HtmlString.Empty;
    }
}
