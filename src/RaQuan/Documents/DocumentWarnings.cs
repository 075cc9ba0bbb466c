namespace RaQuan.Documents;

/// <summary>
/// The reader's warnings, each naming the line and what a writer can do about it, in the language of the command
/// (Localization/Messages.resx): a warning is made and read back (<see cref="SplitLine"/>) in the same run.
/// </summary>
internal static partial class DocumentWarnings
{
    public static string NoType(int line) => At(line, Messages.DocumentNoType);

    public static string BadDate(int line, string? error) => At(line, Say(Messages.DocumentBadDate, error));

    public static string NoDate(int line) => At(line, Messages.DocumentNoDate);

    public static string NoIssuer(int line) => At(line, Messages.DocumentNoIssuer);

    public static string NoSigner(int line) => At(line, Messages.DocumentNoSigner);

    public static string BlankNumber(int line) => At(line, Messages.DocumentBlankNumber);

    public static string BlankDay(int line) => At(line, Messages.DocumentBlankDay);

    /// <param name="field">"number", "date" or "type".</param>
    public static string FromMetadata(int line, string field, string value) =>
        At(line, Say(Messages.DocumentFromMetadata, FieldName(field), value));

    public static string TypeFromHeading(int line, string type) => At(line, Say(Messages.DocumentTypeFromHeading, type));

    public static string TypeFromNumber(int line, string type, string number) =>
        At(line, Say(Messages.DocumentTypeFromNumber, type, number));

    /// <param name="field">"number", "date" or "type".</param>
    public static string MetadataDiffers(int line, string field, string page, string document) =>
        At(line, Say(Messages.DocumentMetadataDiffers, FieldName(field), page, document));

    public static string NoRecipients(int line) => At(line, Messages.DocumentNoRecipients);

    public static string UnknownFootnote(int line, string mark) => At(line, Say(Messages.DocumentUnknownFootnote, mark));

    public static string UnusedFootnote(int line, string mark) => At(line, Say(Messages.DocumentUnusedFootnote, mark));

    public static string WeekdayMismatch(int line, string weekday, DateOnly date) =>
        At(line, Say(Messages.DocumentWeekdayMismatch, weekday, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Weekday(date.DayOfWeek)));

    public static string RaggedRow(int line, int cells, int columns) => At(line, Say(Messages.DocumentRaggedRow, cells, columns));

    /// <summary>Whether <paramref name="warning"/> was made by <see cref="WeekdayMismatch"/>.</summary>
    public static bool IsWeekdayMismatch(string warning) => Pattern(Messages.DocumentWeekdayMismatch).IsMatch(SplitLine(warning).Message);

    /// <summary>The line number and the message of a warning made by <see cref="At"/>.</summary>
    public static (int? Line, string Message) SplitLine(string warning) =>
        Pattern(Messages.DocumentLine).Match(warning) is { Success: true } m
        && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (line, m.Groups[2].Value)
            : (null, warning);

    public static string Failed(string reason) => At(1, Say(Messages.DocumentFailed, reason));

    /// <summary>Whether <paramref name="warning"/> was made by <see cref="Failed"/>: the reader stopped on an exception.</summary>
    public static bool IsFailure(string warning) => Pattern(Messages.DocumentFailed).IsMatch(SplitLine(warning).Message);

    private static string At(int line, string message) => Say(Messages.DocumentLine, line, message);

    private static string Say(string message, params object?[] arguments) => UiLanguage.Format(message, arguments);

    private static string FieldName(string field) => field switch
    {
        "number" => Messages.DocumentFieldNumber,
        "date" => Messages.DocumentFieldDate,
        _ => Messages.DocumentFieldType,
    };

    private static string Weekday(DayOfWeek day) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == UiLanguage.English ? day.ToString() : "t" + VietnameseDate.WeekdayName(day)[1..];

    /// <summary>A message of the resource file as a pattern: its text literal, each "{n}" any text (the first a number, the rest to the end).</summary>
    private static Regex Pattern(string format) => Patterns.GetOrAdd(format, Compile);

    private static Regex Compile(string format)
    {
        var escaped = Regex.Escape(format);
        var pattern = Placeholder().Replace(escaped, m => m.Groups[1].Value == "0" ? "(.*?)" : "(.*)");
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // "\{0}": a placeholder as Regex.Escape writes it.
    [GeneratedRegex(@"\\\{(\d)}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
