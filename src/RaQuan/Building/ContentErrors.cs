namespace RaQuan.Building;

/// <summary>
/// Every content error, one factory per kind; the words come from Localization/Messages.resx (Vietnamese, and
/// English in Messages.en.resx) in the language the command was asked to speak.
/// </summary>
internal static partial class ContentErrors
{

    public static BuildError InvalidYaml(SourceLocation at, string problem) => new(BuildStage.Load, at,
        Say(Messages.InvalidYaml, problem), Messages.InvalidYamlFix);

    public static BuildError UnknownField(SourceLocation at, string key, IEnumerable<string> known) => new(BuildStage.Load, at,
        Say(Messages.UnknownField, key), DidYouMean(key, known, Say(Messages.UnknownFieldFix, string.Join(", ", known))));

    public static BuildError MissingField(SourceLocation at, string key, string example) => new(BuildStage.Load, at,
        Say(Messages.MissingField, key), Say(Messages.MissingFieldFix, key, example));

    public static BuildError WrongShape(SourceLocation at, string key, string expected) => new(BuildStage.Load, at,
        Say(Messages.WrongShape, key, expected), null);

    public static BuildError InvalidValue(SourceLocation at, string key, string problem, string fix) => new(BuildStage.Load, at,
        $"{key}: {problem}", fix);

    public static BuildError InvalidDate(SourceLocation at, string key, string problem) => new(BuildStage.Load, at,
        $"{key}: {problem}", Messages.InvalidDateFix);

    public static BuildError UnknownUnitKind(SourceLocation at, string kind) => new(BuildStage.Load, at,
        Say(Messages.UnknownUnitKind, kind), Say(Messages.UseOneOf, string.Join(", ", UnitKinds.Names)));

    public static BuildError UnitLevel(SourceLocation at, string name, UnitKind kind, Unit? parent, UnitPlacementRule rule) => new(BuildStage.Load, at,
        Say(Messages.UnitLevel, kind.Name(), name, parent is null ? Messages.UnitLevelTop : Say(Messages.UnitLevelUnder, parent.FullName), RuleText(rule)),
        Messages.UnitLevelFix);

    private static string RuleText(UnitPlacementRule rule) => rule switch
    {
        UnitPlacementRule.TopHoldsProvinces => Messages.UnitRuleTop,
        UnitPlacementRule.TownshipUnderDistrict => Messages.UnitRuleTownship,
        UnitPlacementRule.SpecialZoneUnderProvince => Messages.UnitRuleSpecialZone,
        UnitPlacementRule.DistrictHoldsCommunes => Messages.UnitRuleDistrict,
        UnitPlacementRule.CommuneHoldsNothing => Messages.UnitRuleCommune,
        _ => Messages.UnitRuleProvince,
    };

    public static BuildError InvalidAlias(SourceLocation at, string alias) => new(BuildStage.Load, at,
        Say(Messages.InvalidAlias, alias), Messages.InvalidAliasFix);

    public static BuildError AliasTaken(SourceLocation at, string alias) => new(BuildStage.Assemble, at,
        Say(Messages.AliasTaken, alias), Messages.AliasTakenFix);

    public static BuildError PageGone(SourceLocation at, string url, string? nowAt) => new(BuildStage.Write, at,
        nowAt is null ? Say(Messages.PageGone, url) : Say(Messages.PageGoneMoved, url, nowAt),
        nowAt is null ? Messages.PageGoneFix : Messages.PageGoneMovedFix)
    {
        IsWarning = true,
    };

    public static BuildError MergerCycle(SourceLocation at, IReadOnlyList<Unit> cycle) => new(BuildStage.Assemble, at,
        Say(Messages.MergerCycle, string.Join(" → ", cycle.Select(u => $"{u.FullName} ({u.Slug})"))), Messages.MergerCycleFix);

    public static BuildError MergerInFuture(SourceLocation at, Unit unit, DateOnly date, DateOnly today) => new(BuildStage.Assemble, at,
        Say(Messages.MergerInFuture, unit.FullName, VietnameseDate.FormatShort(date), VietnameseDate.FormatShort(today)), Messages.MergerInFutureFix)
    {
        // A warning, not an error: a site rebuilt with --now for a past day (as its tests do) keeps the mergers it records.
        IsWarning = true,
    };

    public static BuildError UnitMergedBeforeDocument(SourceLocation at, Unit unit, Unit old, UnitMerger merger, DateOnly date) => new(BuildStage.Assemble, at,
        Say(Messages.UnitMergedBeforeDocument, unit.FullName, unit.Slug, VietnameseDate.FormatShort(date),
            old == unit ? Messages.ThisUnit : old.FullName, merger.Target?.FullName ?? merger.UnitSlug, VietnameseDate.FormatShort(merger.Date)),
        Say(Messages.UnitMergedBeforeDocumentFix, merger.Target?.Slug ?? merger.UnitSlug))
    {
        IsWarning = true,
    };

    public static BuildError UnknownUnit(SourceLocation at, string slug, IEnumerable<string> known) => new(BuildStage.Assemble, at,
        Say(Messages.UnknownUnit, slug), DidYouMean(slug, known, Messages.UnknownUnitFix));

    public static BuildError UnmatchedLocality(SourceLocation at, string locality, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        return new(BuildStage.Assemble, at,
            list.Count == 0
                ? Say(Messages.UnmatchedLocality, locality)
                : Say(Messages.AmbiguousLocality, locality, string.Join(", ", list)),
            Messages.UnmatchedLocalityFix);
    }

    public static BuildError SlugCollision(SourceLocation at, string what, string slug, SourceLocation other) => new(BuildStage.Assemble, at,
        Say(Messages.SlugCollision, what, slug, other), Messages.SlugCollisionFix);

    public static BuildError InvalidSlug(SourceLocation at, string slug) => new(BuildStage.Load, at,
        Say(Messages.InvalidSlug, slug), Messages.InvalidSlugFix);

    public static BuildError ReservedSlug(SourceLocation at, string slug) => new(BuildStage.Assemble, at,
        Say(Messages.ReservedSlug, slug), Messages.ReservedSlugFix);

    public static BuildError NoPlanDate(SourceLocation at) => new(BuildStage.Load, at,
        Messages.NoPlanDate, Messages.NoPlanDateFix);

    public static BuildError NoTitle(SourceLocation at) => new(BuildStage.Load, at,
        Messages.NoTitle, Messages.NoTitleFix);

    public static BuildError MissingAttachment(SourceLocation at, string path) => new(BuildStage.Load, at,
        Say(Messages.MissingAttachment, path), Messages.MissingAttachmentFix);

    public static BuildError UnsafePath(SourceLocation at, string path) => new(BuildStage.Load, at,
        Say(Messages.UnsafePath, Printable(path)), Messages.UnsafePathFix);

    public static BuildError StaticOverwrites(string file, string output) => new(BuildStage.Write, new SourceLocation(file),
        Say(output.EndsWith(".html", StringComparison.Ordinal) ? Messages.StaticOverwritesPage : Messages.StaticOverwritesFile, output),
        Messages.MoveStaticFileFix);

    public static BuildError StaticUnsafeName(string file) => new(BuildStage.Write, new SourceLocation(file),
        Messages.StaticUnsafeName, Messages.StaticUnsafeNameFix);

    public static BuildError StaticClashesWithFolder(string file, string output) => new(BuildStage.Write, new SourceLocation(file),
        Say(Messages.StaticClashesWithFolder, output), Messages.MoveStaticFileFix);

    public static BuildError AttachmentOverwrites(SourceLocation at, string path, string output) => new(BuildStage.Write, at,
        Say(output.EndsWith(".html", StringComparison.Ordinal) ? Messages.AttachmentOverwritesPage : Messages.AttachmentOverwritesFile, path, output),
        Messages.MoveAttachmentFix);

    public static BuildError AttachmentClashesWithFolder(SourceLocation at, string path, string output) => new(BuildStage.Write, at,
        Say(Messages.AttachmentClashesWithFolder, path, output), Messages.MoveAttachmentFix);

    public static BuildError HiddenStaticFile(string file) => new(BuildStage.Load, new SourceLocation(file.TrimEnd('/')),
        file.EndsWith('/') ? Messages.HiddenStaticFolder : Messages.HiddenStaticFile, Messages.HiddenStaticFileFix, IsWarning: true);

    public static BuildError OutputNotRemovable(string folder) => new(BuildStage.Write, new SourceLocation(folder),
        Messages.OutputNotRemovable, Say(Messages.OutputNotRemovableFix, folder));

    public static BuildError BuildCacheIgnored(string file) => new(BuildStage.Load, new SourceLocation(file),
        Messages.BuildCacheIgnored, Messages.BuildCacheIgnoredFix, IsWarning: true);

    public static BuildError BuildCacheMisplaced(string folder) => new(BuildStage.Write, new SourceLocation(folder),
        Messages.BuildCacheMisplaced, Messages.BuildCacheMisplacedFix);

    public static BuildError OutputLocked(string output, TimeSpan waited) => new(BuildStage.Write, new SourceLocation(output),
        Say(Messages.OutputLocked, waited.TotalSeconds), Say(Messages.OutputLockedFix, Output.OutputLock.PathOf(output)));

    public static BuildError OutputNotEmpty(string output) => new(BuildStage.Write, new SourceLocation(output),
        Messages.OutputNotEmpty, Say(Messages.OutputNotEmptyFix, output));

    public static BuildError OutputInsideContent(string output) => new(BuildStage.Write, new SourceLocation(output),
        Messages.OutputInsideContent, Messages.OutputInsideContentFix);

    public static BuildError SpecialFileSkipped(string file) => new(BuildStage.Load, new SourceLocation(file),
        Messages.SpecialFileSkipped, Messages.SpecialFileSkippedFix, IsWarning: true);

    public static BuildError MissingFile(string file, string what) => new(BuildStage.Load, new SourceLocation(file),
        Say(Messages.MissingFile, file), Say(Messages.MissingFileFix, what));

    public static BuildError UnclosedFrontMatter(SourceLocation at) => new(BuildStage.Load, at,
        Messages.UnclosedFrontMatter, Messages.UnclosedFrontMatterFix);

    public static BuildError LinkOutside(string link, string target, bool unresolved) => new(BuildStage.Load, new SourceLocation(link),
        Say(unresolved ? Messages.LinkBroken : Messages.LinkOutside, link, target), Messages.LinkOutsideFix);

    public static BuildError BackslashPath(SourceLocation at, string path) => new(BuildStage.Load, at,
        Say(Messages.BackslashPath, path), Messages.BackslashPathFix);

    public static BuildError NotUnicode(SourceLocation at, byte value) => new(BuildStage.Load, at,
        Say(Messages.NotUnicode, value), Messages.NotUnicodeFix);

    public static BuildError NoSiteFolder(string folder) => new(BuildStage.Load, new SourceLocation(folder),
        Messages.NoSiteFolder, Messages.NoSiteFolderFix);

    public static BuildError ScannedPdf(string file) => new(BuildStage.Load, new SourceLocation(file),
        Messages.ScannedPdf, Messages.ScannedPdfFix);

    /// <param name="command">The raquan command that met the file: "import" and "inspect" read legacy text themselves with --from.</param>
    public static BuildError LegacyText(string file, LegacyText found, string command = "convert") => new(BuildStage.Load, new SourceLocation(file, found.Line),
        Say(Messages.LegacyText, LegacyEncodings.Name(found.Encoding), found.Word, found.Meant),
        command == "convert"
            ? Say(Messages.LegacyTextConvertFix, LegacyEncodings.Option(found.Encoding), file)
            : Say(Messages.LegacyTextRunFix, command, LegacyEncodings.Option(found.Encoding), file));

    // A NUL or other control character in a path would garble the terminal that shows the message.
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    public static BuildError InvalidDateTime(SourceLocation at, string key, string problem) => new(BuildStage.Load, at,
        $"{key}: {problem}", Messages.InvalidDateTimeFix);

    public static BuildError WeekdayMismatch(SourceLocation at, string key, string weekday, DateTime date) => new(BuildStage.Load, at,
        Say(Messages.WeekdayMismatch, key, weekday, Vietnamese.VietnameseDate.FormatShort(DateOnly.FromDateTime(date)), Vietnamese.VietnameseDate.WeekdayName(date.DayOfWeek)),
        Messages.WeekdayMismatchFix);

    public static BuildError EndBeforeStart(SourceLocation at, DateTime start, DateTime end) => new(BuildStage.Load, at,
        Say(Messages.EndBeforeStart, Local(end), Local(start)), Messages.EndBeforeStartFix);

    public static BuildError EndAndDuration(SourceLocation at) => new(BuildStage.Load, at,
        Messages.EndAndDuration, Messages.EndAndDurationFix);

    public static BuildError InvalidDuration(SourceLocation at, string text) => new(BuildStage.Load, at,
        Say(Messages.InvalidDuration, text), Messages.InvalidDurationFix);

    public static BuildError UnknownStatus(SourceLocation at, string text) => new(BuildStage.Load, at,
        Say(Messages.UnknownStatus, text), Messages.UnknownStatusFix);

    public static BuildError PostponedToNeedsPostponed(SourceLocation at, string status) => new(BuildStage.Load, at,
        Say(Messages.PostponedToNeedsPostponed, status), Messages.PostponedToNeedsPostponedFix);

    public static BuildError UnknownCeremonyUnit(SourceLocation at, string text, string? suggestion) => new(BuildStage.Assemble, at,
        Say(Messages.UnknownUnit, text), suggestion is null ? Messages.UnknownCeremonyUnitFix : Say(Messages.DidYouMeanQuoted, suggestion));

    public static BuildError AmbiguousUnit(SourceLocation at, string text, IEnumerable<string> candidates) => new(BuildStage.Assemble, at,
        Say(Messages.AmbiguousUnit, text, string.Join(", ", candidates)), Messages.AmbiguousUnitFix);

    public static BuildError CsvMissingColumns(SourceLocation at, int found, int expected) => new(BuildStage.Load, at,
        Say(Messages.CsvMissingColumns, found, expected), Messages.CsvMissingColumnsFix);

    public static BuildError CsvUnknownColumn(SourceLocation at, string header, IEnumerable<string> known) => new(BuildStage.Load, at,
        Say(Messages.CsvUnknownColumn, header), DidYouMean(header, known, Say(Messages.CsvUnknownColumnFix, string.Join(", ", known))));

    public static BuildError CsvMissingColumn(SourceLocation at, string column, string vietnamese) => new(BuildStage.Load, at,
        Say(Messages.CsvMissingColumn, vietnamese), Say(Messages.CsvMissingColumnFix, vietnamese, column));

    public static BuildError InvalidCsv(SourceLocation at, string problem) => new(BuildStage.Load, at,
        Say(Messages.InvalidCsv, problem), Messages.InvalidCsvFix);

    /// <summary>A message of Localization/Messages.resx in the chosen language, with its arguments.</summary>
    private static string Say(string message, params object?[] arguments) => UiLanguage.Format(message, arguments);

    /// <summary>The fix for an unknown <paramref name="name"/>: the closest of <paramref name="known"/>, or <paramref name="otherwise"/> when none is close.</summary>
    private static string DidYouMean(string name, IEnumerable<string> known, string otherwise) =>
        Suggestions.Closest(name, known) is { } near ? Say(Messages.DidYouMeanQuoted, near) : otherwise;

    private static string Local(DateTime time) => time.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
