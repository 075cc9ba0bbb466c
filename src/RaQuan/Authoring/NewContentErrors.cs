namespace RaQuan.Authoring;

/// <summary><c>raquan new</c>'s errors; the words are in Localization/Messages.resx.</summary>
internal static class NewContentErrors
{
    public static BuildError NoSlug(string title) => new(BuildStage.Load, new SourceLocation("title"),
        Say(Messages.NoSlug, title), Messages.NoSlugFix);

    public static BuildError NoPhotos(string folder) => new(BuildStage.Load, new SourceLocation(folder),
        Messages.NoPhotos, Messages.NoPhotosFix);

    public static BuildError Exists(string path) => new(BuildStage.Load, new SourceLocation(path),
        Messages.FileExists, Messages.FileExistsFix);

    public static BuildError UnknownProvince(string text, IReadOnlyList<string> nearest) => new(BuildStage.Load, new SourceLocation("--province"),
        Say(Messages.UnknownProvince, text), nearest.Count == 0 ? Messages.UnknownProvinceFix : Say(Messages.DidYouMean, Names(nearest)));

    public static BuildError UnknownCommune(string text, string? province, IReadOnlyList<string> nearest) => new(BuildStage.Load, new SourceLocation("--commune"),
        province is null ? Say(Messages.UnknownCommune, text) : Say(Messages.UnknownCommuneIn, text, province),
        nearest.Count == 0 ? Messages.UnknownCommuneFix : Say(Messages.DidYouMean, Names(nearest)));

    public static BuildError AmbiguousCommune(string text, IReadOnlyList<string> candidates) => new(BuildStage.Load, new SourceLocation("--commune"),
        Say(Messages.AmbiguousCommune, text, string.Join(", ", candidates)), Messages.AmbiguousCommuneFix);

    public static BuildError NoProvince() => new(BuildStage.Load, new SourceLocation("--province"),
        Messages.NoProvince, Messages.NoProvinceFix);

    public static BuildError NotForSite(string option) => new(BuildStage.Load, new SourceLocation(option),
        Say(Messages.NotForSite, option), Say(Messages.NotForSiteFix, option));

    private static string Names(IReadOnlyList<string> names) => string.Join(Messages.Or, names.Select(n => $"\"{n}\""));

    private static string Say(string message, params object?[] arguments) => UiLanguage.Format(message, arguments);
}
