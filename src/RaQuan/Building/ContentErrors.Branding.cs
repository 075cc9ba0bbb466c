namespace RaQuan.Building;

/// <summary>The wording of errors about the site's branding (<c>theme:</c> in site.yml).</summary>
internal static partial class ContentErrors
{
    public static BuildError NotAColor(SourceLocation at, string field, string value) => new(BuildStage.Load, at,
        Say(Messages.BrandNotAColor, field, value), Messages.BrandNotAColorFix);

    /// <param name="field">brand, link or accent: each says what is drawn with it.</param>
    public static BuildError LowContrast(SourceLocation at, string field, string value, double ratio, string nearest) => new(BuildStage.Load, at,
        Say(field switch
        {
            "brand" => Messages.BrandLowContrastBrand,
            "link" => Messages.BrandLowContrastLink,
            _ => Messages.BrandLowContrastAccent,
        }, value, ratio.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)),
        Say(Messages.BrandLowContrastFix, nearest));

    public static BuildError ThemeFolderMissing(SourceLocation at, string name) => new(BuildStage.Load, at,
        Say(Messages.ThemeFolderMissing, name), Say(Messages.ThemeFolderMissingFix, name));

    public static BuildError BrandFileMissing(SourceLocation at, string field, string path) => new(BuildStage.Load, at,
        Say(Messages.BrandFileMissing, field, path), Messages.BrandFileMissingFix);

    public static BuildError BrandFileKind(SourceLocation at, string field, string path, string kinds) => new(BuildStage.Load, at,
        Say(Messages.BrandFileKind, field, path, kinds), Say(Messages.BrandFileKindFix, kinds));
}
