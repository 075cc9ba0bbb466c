using RaQuan.Loading;

namespace RaQuan.Building;

/// <summary>The wording of errors for content past a limit of <see cref="ContentLimits"/>.</summary>
internal static partial class ContentErrors
{
    public static BuildError FileTooLarge(string file, long bytes, ContentFileKind kind)
    {
        var (what, fix) = kind switch
        {
            ContentFileKind.Markdown => (Messages.KindPlanOrPage, Messages.FileTooLargeMarkdownFix),
            ContentFileKind.Csv => (Messages.KindCsv, Say(Messages.FileTooLargeCsvFix, ContentLimits.Count(ContentLimits.CsvRows))),
            _ => (Messages.KindYaml, Messages.FileTooLargeYamlFix),
        };
        var (size, limit) = (ContentLimits.Size(bytes), ContentLimits.Size(ContentLimits.Bytes(kind)));
        return new(BuildStage.Load, new SourceLocation(file, 1),
            Say(Messages.FileTooLarge, size == limit ? Say(Messages.FileTooLargeBytes, ContentLimits.Count(bytes)) : size, limit, what), fix);
    }

    public static BuildError TooManyCeremonyRows(SourceLocation at) => new(BuildStage.Load, at,
        Say(Messages.TooManyCeremonyRows, ContentLimits.Count(ContentLimits.CsvRows)), Say(Messages.TooManyCeremonyRowsFix, ContentLimits.Count(ContentLimits.CsvRows)));

    public static BuildError TooManyResultRows(SourceLocation at) => new(BuildStage.Load, at,
        Say(Messages.TooManyResultRows, ContentLimits.Count(ContentLimits.CsvRows)), Messages.TooManyResultRowsFix);

    public static BuildError NestedTooDeep(SourceLocation at, int depth) => new(BuildStage.Load, at,
        Say(Messages.NestedTooDeep, depth, ContentLimits.MarkdownNesting), Messages.NestedTooDeepFix);

    public static BuildError YamlTooDeep(SourceLocation at) => new(BuildStage.Load, at,
        Say(Messages.YamlTooDeep, ContentLimits.YamlNesting), Say(Messages.YamlTooDeepFix));

    public static BuildError UnrenderableMarkdown(SourceLocation at, string reason) => new(BuildStage.Render, at,
        Say(Messages.UnrenderableMarkdown, reason), Messages.UnrenderableMarkdownFix);

    /// <param name="codePoint">As "U+FFFE".</param>
    public static BuildError InvalidCharacter(SourceLocation at, string codePoint) => new(BuildStage.Load, at,
        Say(Messages.InvalidCharacter, codePoint), Messages.InvalidCharacterFix);

    /// <summary>An exception that no content should cause, for <c>raquan serve</c>, which keeps running after it.</summary>
    public static BuildError Unexpected(string siteDirectory, Exception e)
    {
        // Parallel rendering gathers what its tasks threw; the first is what went wrong.
        while (e is AggregateException { InnerException: { } inner })
        {
            e = inner;
        }

        return new(BuildStage.Load, new SourceLocation(siteDirectory), Say(Messages.Unexpected, e.GetType().Name, e.Message),
            Messages.UnexpectedFix);
    }

    public static BuildError SlowShape(SourceLocation at, SlowShape shape) => shape.Kind switch
    {
        SlowShapeKind.UnendingLinks => new(BuildStage.Render, at,
            Say(Messages.SlowLinks, ContentLimits.Count(ContentLimits.LinkScan)), Messages.SlowLinksFix),
        SlowShapeKind.ManyTags => new(BuildStage.Render, at,
            Say(Messages.ManyHtmlTags, ContentLimits.Count(ContentLimits.HtmlTags)), Messages.ManyHtmlTagsFix),
        _ => new(BuildStage.Render, at,
            Say(Messages.SlowHtml, shape.Element, ContentLimits.HtmlNesting), Say(Messages.SlowHtmlFix, shape.Element)),
    };
}
