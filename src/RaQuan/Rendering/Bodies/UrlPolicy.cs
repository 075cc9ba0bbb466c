namespace RaQuan.Rendering.Bodies;

/// <summary>Which URLs content may link to.</summary>
internal static class UrlPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>
    /// True for http(s), mailto, tel and relative URLs. Browsers ignore ASCII whitespace and control characters
    /// inside a scheme ("java\tscript:"), so those are removed before the scheme is read.
    /// </summary>
    public static bool IsSafe(string url)
    {
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Any(s => scheme.Equals(s, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsExternal(string url) =>
        url.TrimStart().StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.TrimStart().StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.TrimStart().StartsWith("//", StringComparison.Ordinal);
}
