namespace RaQuan.Documents;

/// <summary>The numbering of an administrative document's content: I., 1., 2.1., a), -, +.</summary>
internal static partial class BodyPatterns
{
    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\s*[.)/]\s*(?<t>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,2})(?<dot>[.)])?\s+(?<t>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Numbered();

    [GeneratedRegex(@"^(?<n>[a-zđ])\)\s*(?<t>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Lettered();

    /// <summary>"+ item" and "- + item": the second level of a list.</summary>
    [GeneratedRegex(@"^\s*(?:[-•–]\s*)?\+\s+(?<t>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex SubItem();

    [GeneratedRegex(@"^\s*[-•–]\s+(?<t>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Item();

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})\s+(?<t>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s{0,3}(?:-{3,}|_{3,}|\*{3,})\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex Rule();

    /// <summary>"08^h30'": the superscript h of a time, flattened by copy and paste.</summary>
    [GeneratedRegex(@"(?<h>\b\d{1,2})\^h(?<m>\d{2})?'?", RegexOptions.CultureInvariant)]
    public static partial Regex CaretTime();
}
