using RaQuan.Loading;
using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>The wording of errors for content past a limit of <see cref="ContentLimits"/>.</summary>
internal static partial class ContentErrors
{
    public static BuildError FileTooLarge(string file, long bytes, ContentFileKind kind)
    {
        var (what, fix) = kind switch
        {
            ContentFileKind.Markdown => ("plan or page", "split it into several plans, and publish long appendices as attachments (files/…); a file this large is usually not the document meant, or holds pasted images"),
            ContentFileKind.Csv => ("CSV file", $"split the rows into several files of at most {ContentLimits.Count(ContentLimits.CsvRows)} rows each; a file this large is usually an export of the wrong sheet"),
            _ => ("YAML file", "check that this is the file meant: a description of this size is usually a mistake"),
        };
        var (size, limit) = (ContentLimits.Size(bytes), ContentLimits.Size(ContentLimits.Bytes(kind)));
        return new(BuildStage.Load, new SourceLocation(file, 1),
            $"the file is {(size == limit ? $"{ContentLimits.Count(bytes)} bytes" : size)}, more than the {limit} a {what} may be, so it was not read", fix);
    }

    public static BuildError TooManyCeremonyRows(SourceLocation at) => new(BuildStage.Load, at,
        $"the sheet has more than {ContentLimits.Count(ContentLimits.CsvRows)} ceremonies; this row and those after it were not read",
        $"split it into several files in ceremonies/ of at most {ContentLimits.Count(ContentLimits.CsvRows)} rows each (each keeps the header line)");

    public static BuildError TooManyResultRows(SourceLocation at) => new(BuildStage.Load, at,
        $"the result table has more than {ContentLimits.Count(ContentLimits.CsvRows)} rows; this row and those after it were not read",
        "a result table holds one row per unit: check that this is the right file, or split it into one table per province");

    public static BuildError NestedTooDeep(SourceLocation at, int depth) => new(BuildStage.Load, at,
        $"lists and quotes are nested {depth} levels deep here, more than the {ContentLimits.MarkdownNesting} RaQuan shows",
        "flatten the text: look for \"> > >\", \"- - -\" or an indent that grows on every line; a plan rarely needs more than three levels");

    public static BuildError YamlTooDeep(SourceLocation at) => new(BuildStage.Load, at,
        $"lists and groups of fields are nested more than {ContentLimits.YamlNesting} levels deep here",
        "look for a long run of \"[\" or \"{\", or an indent that grows on every line; units.yml, the deepest real file, needs about ten levels");

    public static BuildError UnrenderableMarkdown(SourceLocation at, string reason) => new(BuildStage.Render, at,
        $"the text cannot be rendered: {reason}",
        "look for a long run of [, *, _, > or - in the text (often left by a copy from another program) and remove it");

    /// <param name="codePoint">As "U+FFFE".</param>
    public static BuildError InvalidCharacter(SourceLocation at, string codePoint) => new(BuildStage.Load, at,
        $"the text holds {codePoint}, an invisible character that is not text (a Unicode noncharacter or half of a surrogate pair)",
        "delete the invisible character at this place (put the cursor just after it and press Backspace), then save the file as UTF-8; it often comes with text copied from another program");

    /// <summary>An exception that no content should cause, for <c>raquan serve</c>, which keeps running after it.</summary>
    public static BuildError Unexpected(string siteDirectory, Exception e)
    {
        // Parallel rendering gathers what its tasks threw; the first is what went wrong.
        while (e is AggregateException { InnerException: { } inner })
        {
            e = inner;
        }

        return new(BuildStage.Load, new SourceLocation(siteDirectory), $"the build stopped on an unexpected error ({e.GetType().Name}: {e.Message})",
            "save the file again after undoing the last change; this is a defect of RaQuan, please report it with the file that caused it");
    }

    public static BuildError SlowShape(SourceLocation at, SlowShape shape) => shape.Kind switch
    {
        SlowShapeKind.UnendingLinks => new(BuildStage.Render, at,
            $"link addresses (\"](\") that do not end, such as \"[a](\" again and again without a space, make the text too slow to read: the Markdown reader would look through more than {ContentLimits.Count(ContentLimits.LinkScan)} characters for their ends",
            "close each link as [text](address) with \")\" right after the address, or write \"] (\" with a space where no link is meant"),
        _ => new(BuildStage.Render, at,
            $"raw HTML elements such as <{shape.Element}> are left open more than {ContentLimits.HtmlNesting} levels deep inside one another, which makes the text too slow to read",
            $"close each element you open (<{shape.Element}> … </{shape.Element}>), or remove the HTML and write the text in Markdown"),
    };
}
