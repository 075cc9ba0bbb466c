namespace RaQuan.Localization;

/// <summary>
/// The language of what users read: Vietnamese by default, English on request. Messages are looked up in the
/// current UI culture, which flows with the async context into every task a command starts.
/// </summary>
internal static class UiLanguage
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>The environment variable that chooses the language when --lang is not given.</summary>
    public const string Variable = "RAQUAN_LANG";

    public static IReadOnlyList<string> Names { get; } = [Vietnamese, English];

    /// <summary>The culture for <paramref name="name"/> ("vi", "en", any case), or null for a language RaQuan does not speak.</summary>
    public static CultureInfo? Culture(string name) => name.Trim().ToLowerInvariant() switch
    {
        // vi-VN rather than vi: the neutral resources are Vietnamese, and dates or collation asked of the UI culture read as in Vietnam.
        Vietnamese or "vi-vn" => CultureInfo.GetCultureInfo("vi-VN"),
        English or "en-us" or "en-gb" => CultureInfo.GetCultureInfo("en"),
        _ => null,
    };

    /// <summary>Formats a message with its arguments as the message file writes them ({0}, {1}…), numbers in invariant form.</summary>
    internal static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);
}
