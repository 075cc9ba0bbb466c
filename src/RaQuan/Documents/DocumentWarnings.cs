using System.Globalization;

namespace RaQuan.Documents;

/// <summary>The reader's warnings, each naming the line and what a writer can do about it.</summary>
internal static class DocumentWarnings
{
    public static string NoType(int line) =>
        At(line, "no document type line (KẾ HOẠCH, QUYẾT ĐỊNH, THÔNG BÁO…) or \"V/v\" subject found before the content; type and title are unknown");

    public static string BadDate(int line, string? error) => At(line, $"{error}; the document date is left empty");

    public static string NoDate(int line) => At(line, "no \"<địa danh>, ngày … tháng … năm …\" line in the header; date is unknown");

    public static string NoIssuer(int line) =>
        At(line, "the issuer is neither in the header nor named in a sentence such as \"Ủy ban nhân dân xã … ban hành …\"");

    public static string NoSigner(int line) =>
        At(line, "no signature block (TM./KT./CHỦ TỊCH … followed by a name) found");

    public static string BlankNumber(int line) =>
        At(line, "the number is blank (\"Số:   /KH-UBND\"): the document looks like an unsigned draft; import the signed copy, or fill in number: when it is issued");

    public static string BlankDay(int line) =>
        At(line, "the day or month of the date is blank (\"ngày   tháng 02 năm 2024\"): the document looks like an unsigned draft; import the signed copy, or fill in date: when it is issued");

    public static string FromMetadata(int line, string field, string value) =>
        At(line, $"the header gives no {field}; {value} is taken from the web page's table of the document's details");

    public static string TypeFromHeading(int line, string type) =>
        At(line, $"no type line in the document's header; \"{type}\" and the title are taken from the web page's heading: check them");

    public static string TypeFromNumber(int line, string type, string number) =>
        At(line, $"no type line in the document's header; \"{type}\" is inferred from the number {number}: check it");

    public static string MetadataDiffers(int line, string field, string page, string document) =>
        At(line, $"the web page's table gives the {field} {page}, the document's header {document}; the header's is kept");

    public static string NoRecipients(int line) => At(line, "no \"Nơi nhận:\" list found");

    public static string UnknownFootnote(int line, string mark) =>
        At(line, $"footnote mark {mark} has no note; it is left as written");

    public static string UnusedFootnote(int line, string mark) =>
        At(line, $"footnote {mark} is never referred to in the text; it is kept at the end");

    public static string WeekdayMismatch(int line, string weekday, DateOnly date) =>
        At(line, $"\"{weekday}\" does not match {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, which is a {date.DayOfWeek}; the date is kept");

    public static string RaggedRow(int line, int cells, int columns) =>
        At(line, $"table row has {cells} cells but the header has {columns}");

    /// <summary>Whether <paramref name="warning"/> was made by <see cref="WeekdayMismatch"/>.</summary>
    public static bool IsWeekdayMismatch(string warning) =>
        warning.Contains("\" does not match ", StringComparison.Ordinal) && warning.Contains(", which is a ", StringComparison.Ordinal);

    /// <summary>The line number and the message of a warning made by <see cref="At"/>.</summary>
    public static (int? Line, string Message) SplitLine(string warning)
    {
        var colon = warning.IndexOf(": ", StringComparison.Ordinal);
        return warning.StartsWith("line ", StringComparison.Ordinal) && colon > 5
            && int.TryParse(warning.AsSpan(5, colon - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (line, warning[(colon + 2)..])
            : (null, warning);
    }

    public static string Failed(string reason) => $"{FailedPrefix}{reason})";

    /// <summary>Whether <paramref name="warning"/> was made by <see cref="Failed"/>: the reader stopped on an exception.</summary>
    public static bool IsFailure(string warning) => warning.StartsWith(FailedPrefix, StringComparison.Ordinal);

    private const string FailedPrefix = "line 1: the document could not be read (";

    private static string At(int line, string message) => string.Create(CultureInfo.InvariantCulture, $"line {line}: {message}");
}
