using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>The wording of errors about the site's branding (<c>theme:</c> in site.yml).</summary>
internal static partial class ContentErrors
{
    public static BuildError NotAColor(SourceLocation at, string field, string value) => new(BuildStage.Load, at,
        $"theme.colors.{field}: \"{value}\" is not a colour",
        "write it as a hex colour in quotes, such as \"#7a1212\"");

    public static BuildError LowContrast(SourceLocation at, string field, string value, string drawn, double ratio, string nearest) => new(BuildStage.Load, at,
        $"theme.colors.{field}: \"{value}\" leaves {drawn} at a contrast of {ratio:0.0}:1, below the 4.5:1 that WCAG 2.1 AA asks for readable text",
        $"use \"{nearest}\", the nearest colour that passes (or one further from it)");

    public static BuildError BrandFileKind(SourceLocation at, string field, string path, string kinds) => new(BuildStage.Load, at,
        $"theme.{field}: \"{path}\" is not {kinds}",
        $"give a file of the content folder in one of these kinds: {kinds}");
}
