namespace RaQuan.Vietnamese;

/// <summary>
/// Numbers as Vietnamese documents write them: "." groups thousands and "," is the decimal mark, so "2.192" is
/// two thousand one hundred ninety-two and "39,42" is thirty-nine point four two.
/// </summary>
public static partial class VietnameseNumber
{
    private static readonly NumberFormatInfo Vietnamese = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    // Longest first, so "không quá" is not read as a shorter word.
    private static readonly string[] Qualifiers =
        ["ít nhất", "tối thiểu", "tối đa", "không quá", "khoảng", "trên", "dưới", "gần", "hơn", "đạt"];

    /// <summary>
    /// Parses "2.192", "39,42", "13.136,1", "-5" or "98,01%" (a trailing "%" is dropped). Rejects English-style
    /// numbers such as "1,234.5" and "2.19"; <paramref name="error"/> then says how to write them.
    /// </summary>
    public static bool TryParse(string text, out decimal value, out string? error)
    {
        value = 0;
        var original = text.Trim();
        var s = original.EndsWith('%') ? original[..^1].TrimEnd() : original;

        var negative = s.Length > 0 && s[0] is '-' or '\u2212';
        var body = s.Length > 0 && s[0] is '-' or '\u2212' or '+' ? s[1..] : s;
        error = Check(original, body);
        if (error is not null)
        {
            return false;
        }

        var comma = body.IndexOf(',');
        var integer = (comma < 0 ? body : body[..comma]).Replace(".", "", StringComparison.Ordinal);
        var invariant = comma < 0 ? integer : integer + "." + body[(comma + 1)..];
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = TooLarge(original);
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is rejected because it reads as an English-style number ("1,234.5", "2.19"),
    /// which says a whole file was written with English separators.
    /// </summary>
    public static bool IsEnglishStyle(string text) =>
        !TryParse(text, out _, out var error) && error == EnglishStyle(text.Trim());

    /// <summary>"1872,8", "-5": no thousands separator, for data files that other programs read back.</summary>
    public static string FormatPlain(decimal value) =>
        value == 0 ? "0" : value.ToString("0.############################", Vietnamese);

    /// <summary>"2.192", "39,4", "13.136,1", "-5": Vietnamese grouping, no trailing decimal zeros.</summary>
    public static string Format(decimal value) =>
        value == 0 ? "0" : value.ToString("#,##0.############################", Vietnamese);

    /// <summary>
    /// Parses an indicator figure: "2.192 tỷ đồng", "4.482,38ha", "98,01%", "trên 90%". A trailing ";" or "." is
    /// ignored, as is a ":" after the qualifier ("giảm ít nhất: 4,5%").
    /// </summary>
    public static bool TryParseQuantity(string text, out Quantity q)
    {
        q = default;
        var s = VietnameseText.Nfc(text).Trim().TrimEnd(';', '.', ' ', '\t');
        var qualifier = TakeQualifier(ref s);

        // "đạt trên 99%": "đạt" only says the target is reached; the comparison that follows is what bounds it.
        if (qualifier == "đạt" && TakeQualifier(ref s) is { } stronger)
        {
            qualifier = stronger;
        }

        var m = NumberThenUnit().Match(s);
        if (!m.Success || !TryParse(m.Groups["number"].Value, out var value, out _))
        {
            return false;
        }

        var unit = Whitespace().Replace(m.Groups["unit"].Value.Trim(), " ");
        q = new Quantity(value, unit, qualifier);
        return true;
    }

    private static string? TakeQualifier(ref string s)
    {
        foreach (var word in Qualifiers)
        {
            if (s.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && s.Length > word.Length
                && (char.IsWhiteSpace(s[word.Length]) || s[word.Length] == ':'))
            {
                s = s[word.Length..].TrimStart(':', ' ', '\t');
                return word;
            }
        }

        return null;
    }

    private static string? Check(string s, string body)
    {
        if (body.Length == 0)
        {
            return Empty(s);
        }

        if (body.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != ','))
        {
            return NotANumber(s);
        }

        var comma = body.IndexOf(',');
        if (comma >= 0 && body.IndexOf(',', comma + 1) >= 0 || comma >= 0 && body.IndexOf('.', comma) >= 0)
        {
            return EnglishStyle(s);
        }

        if (comma == body.Length - 1)
        {
            return NoDecimals(s);
        }

        var groups = (comma < 0 ? body : body[..comma]).Split('.');
        if (groups.Any(g => g.Length == 0))
        {
            return NotANumber(s);
        }

        // "1,234" is one point two three four: the comma is always the decimal mark.
        if (groups.Length == 1)
        {
            return null;
        }

        // A "." is only a thousands separator when exactly three digits follow it; "2.19" is an English decimal.
        if (comma < 0 && groups.Length == 2 && groups[1].Length != 3)
        {
            return EnglishStyle(s);
        }

        return groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3) ? BadGrouping(s) : null;
    }

    private static string Empty(string s) => UiLanguage.Format(Messages.NumberEmpty, s);

    private static string NotANumber(string s) => UiLanguage.Format(Messages.NumberNotANumber, s);

    private static string EnglishStyle(string s) => UiLanguage.Format(Messages.NumberEnglishStyle, s, SwapSeparators(s));

    private static string NoDecimals(string s) => UiLanguage.Format(Messages.NumberNoDecimals, s);

    private static string BadGrouping(string s) => UiLanguage.Format(Messages.NumberBadGrouping, s);

    private static string TooLarge(string s) => UiLanguage.Format(Messages.NumberTooLarge, s);

    private static string SwapSeparators(string s) =>
        string.Concat(s.Select(c => c switch { '.' => ',', ',' => '.', _ => c }));

    [GeneratedRegex(@"^(?<number>[-+\u2212]?\d(?:[\d.,]*\d)?)\s*(?<unit>.*)$")]
    private static partial Regex NumberThenUnit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
