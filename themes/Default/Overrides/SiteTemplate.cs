using RazorLight;

namespace RaQuan.Themes.Default.Overrides;

/// <summary>A site's own template, compiled: how to make one, and how errors name its file ("themes/tinh/Views/PlanView.cshtml").</summary>
/// <param name="Key">The file as the compiled code's line directives name it: "Views/PlanView.cshtml".</param>
/// <param name="LayoutAt">Where the template sets <c>Layout = "…"</c>, if it does: a view choosing another layout.</param>
internal sealed record SiteTemplate(Func<ITemplatePage> Create, string Key, string ShownAs, Model.SourceLocation? LayoutAt = null);
