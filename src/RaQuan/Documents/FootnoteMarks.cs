namespace RaQuan.Documents;

/// <summary>
/// Footnote marks as Word and web portals paste them: superscript digits "¹", bracketed "⁽²⁾" and HTML "&lt;sup&gt;1&lt;/sup&gt;".
/// </summary>
internal static partial class FootnoteMarks
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>A mark at the start of a line followed by text: the footnote's definition.</summary>
    public static bool TryReadDefinition(string line, out string mark, out string text)
    {
        var m = Definition().Match(line);
        mark = m.Success ? Digits(m.Groups["mark"].Value) : "";
        text = m.Success ? m.Groups["text"].Value.Trim() : "";
        return m.Success && text.Length > 0;
    }

    /// <summary>Replaces each mark whose number is in <paramref name="known"/> with <paramref name="replace"/>'s output.</summary>
    public static string Replace(string text, Func<string, string?> replace) =>
        Mark().Replace(text, m =>
        {
            // "m²" and "km³" are units, not footnotes.
            if (IsUnitExponent(text, m))
            {
                return m.Value;
            }

            return replace(Digits(m.Value)) ?? m.Value;
        });

    public static string Remove(string text) =>
        text.AsSpan().IndexOfAny("⁰¹²³⁴⁵⁶⁷⁸⁹⁽<") < 0 ? text : Replace(text, _ => "");

    private static bool IsUnitExponent(string text, Match m) =>
        m.Value.Length == 1 && m.Value[0] is '²' or '³' && m.Index > 0 && text[m.Index - 1] == 'm';

    private static string Digits(string mark)
    {
        var builder = new StringBuilder(mark.Length);
        foreach (var c in mark)
        {
            var super = Superscripts.IndexOf(c, StringComparison.Ordinal);
            if (super >= 0)
            {
                builder.Append((char)('0' + super));
            }
            else if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|<sup>\s*\(?\d{1,3}\)?\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex Mark();

    [GeneratedRegex(@"^\s*(?<mark>⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|<sup>\s*\(?\d{1,3}\)?\s*</sup>)\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();
}
