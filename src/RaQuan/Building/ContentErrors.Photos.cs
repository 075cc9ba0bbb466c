using RaQuan.Images;

namespace RaQuan.Building;

/// <summary>The wording of errors about photos and images in content.</summary>
internal static partial class ContentErrors
{
    /// <summary>What a photo's alt text says until someone writes it (raquan new news): a build refuses it.</summary>
    public const string AltPlaceholder = "TODO: mô tả ngắn nội dung ảnh";

    public static BuildError MissingAlt(SourceLocation at, string src) => new(BuildStage.Load, at,
        Say(Messages.MissingAlt, src), Say(Messages.MissingAltFix, src));

    public static BuildError MissingImage(SourceLocation at, string src, string lookedAt) => new(BuildStage.Load, at,
        Say(Messages.MissingImage, src, lookedAt), Messages.MissingImageFix);

    public static BuildError ImageOutside(SourceLocation at, string src) => new(BuildStage.Load, at,
        Say(Messages.ImageOutside, src), Messages.ImageOutsideFix);

    public static BuildError BodyImageOutside(SourceLocation at, string src) => new(BuildStage.Render, at,
        Say(Messages.BodyImageOutside, src), Messages.BodyImageOutsideFix);

    public static BuildError ExternalImage(SourceLocation at, string src) => new(BuildStage.Load, at,
        Say(Messages.ExternalImage, src), Messages.ExternalImageFix);

    public static BuildError ImageInText(SourceLocation at, string src) => new(BuildStage.Load, at,
        Say(Messages.ImageInText, src), Messages.ImageInTextFix);

    public static BuildError UnknownPhoto(SourceLocation at, string src) => new(BuildStage.Load, at,
        Say(Messages.UnknownPhoto, src), Messages.UnknownPhotoFix);

    public static BuildError RejectedPhoto(string file, SourceLocation usedAt, ImageProblem problem, string detail)
    {
        var settings = ImageSettings.Default;
        var used = Say(Messages.UsedAt, usedAt);
        var (what, fix) = problem switch
        {
            ImageProblem.TooLarge => (Say(Messages.PhotoTooLarge, detail, settings.MaxBytes >> 20), Messages.PhotoTooLargeFix),
            ImageProblem.TooManyPixels => (Say(Messages.PhotoTooManyPixels, detail, settings.MaxPixels / 1_000_000), Messages.PhotoTooManyPixelsFix),
            ImageProblem.Heic => (Messages.PhotoHeic, Messages.PhotoHeicFix),
            ImageProblem.UnknownFormat => (Say(Messages.PhotoUnknownFormat, detail), Messages.PhotoUnknownFormatFix),
            ImageProblem.NoLibrary => (Say(Messages.PhotoNoLibrary, detail), Messages.PhotoNoLibraryFix),
            _ => (Say(Messages.PhotoDamaged, detail), Messages.PhotoDamagedFix),
        };
        return new BuildError(BuildStage.Assemble, new SourceLocation(file), what + used, fix);
    }

    public static BuildError UnknownCeremony(SourceLocation at, string slug, IEnumerable<string> known) => new(BuildStage.Assemble, at,
        Say(Messages.UnknownCeremony, slug), DidYouMean(slug, known, Messages.UnknownCeremonyFix));

    public static BuildError BundleWithoutIndex(string folder) => new(BuildStage.Load, new SourceLocation(folder),
        Messages.BundleWithoutIndex, Messages.BundleWithoutIndexFix);
}
