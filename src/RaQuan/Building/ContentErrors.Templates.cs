using RaQuan.Localization;
using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>The wording of errors about a site's own templates (<c>themes/NAME/Views|Shared|Layout/*.cshtml</c>).</summary>
internal static partial class ContentErrors
{
    /// <param name="problem">The Razor parser's or the C# compiler's own message.</param>
    public static BuildError TemplateError(SourceLocation at, string problem) => new(BuildStage.Render, at,
        Say(Messages.TemplateError, problem), Messages.TemplateErrorFix);

    /// <param name="page">The address of the page being rendered.</param>
    public static BuildError TemplateRenderError(SourceLocation at, string problem, string page) => new(BuildStage.Render, at,
        Say(Messages.TemplateRenderError, problem, page), Messages.TemplateErrorFix);

    public static BuildError TemplateUnknown(SourceLocation at, string name) => new(BuildStage.Render, at,
        Say(Messages.TemplateUnknown, name), Messages.TemplateUnknownFix);

    public static BuildError TemplateModel(SourceLocation at, string takes, string passed) => new(BuildStage.Render, at,
        Say(Messages.TemplateModel, takes, passed), Say(Messages.TemplateModelFix, takes, passed));

    /// <param name="layouts">The layouts the theme has, as a view names them ("Document, Rong").</param>
    public static BuildError TemplateLayoutMissing(SourceLocation at, string chosen, string layouts) => new(BuildStage.Render, at,
        Say(Messages.TemplateLayoutMissing, chosen), Say(Messages.TemplateLayoutMissingFix, chosen, layouts));

    /// <summary>The native program compiles no template: one line, no fix beside it.</summary>
    public static BuildError TemplatesNeedTool(SourceLocation at, string folder) => new(BuildStage.Render, at,
        Say(Messages.TemplatesNeedTool, folder), null);
}
