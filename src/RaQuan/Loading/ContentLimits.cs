namespace RaQuan.Loading;

/// <summary>
/// How large content may be. Each limit is far beyond any real announcement, so only a wrong or broken file meets
/// it; it then gets a content error instead of exhausting memory or running for minutes. docs/reference/guarantees.md lists them.
/// </summary>
internal static class ContentLimits
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>A plan or page file: the longest real plan (shared/seeds) is 22 KB, so this is about 90 times it.</summary>
    public const long MarkdownBytes = 2 * Megabyte;

    /// <summary>A CSV file of ceremonies or of a result table.</summary>
    public const long CsvBytes = 10 * Megabyte;

    /// <summary>
    /// Rows of one CSV file. Vietnam had about 10,600 communes before July 2025, so one row (a ceremony or a result)
    /// per commune fits twice; 20,000 ceremonies build in about 12 s on a 2-core machine.
    /// </summary>
    public const int CsvRows = 20_000;

    /// <summary>Any other text file: site.yml, units.yml, ceremony and result YAML.</summary>
    public const long YamlBytes = 10 * Megabyte;

    /// <summary>
    /// Lists and quotes inside one another on a line. Markdig refuses a syntax tree deeper than 128 (a list level
    /// counts twice: list and item), and spends time in proportion to the depth on every line before it does.
    /// </summary>
    public const int MarkdownNesting = 32;

    /// <summary>
    /// Lists and groups of fields inside one another in a YAML text; units.yml, the deepest real file, nests about ten.
    /// YamlDotNet loads each level by a recursive call, and some ten thousand levels overflow the stack, which ends
    /// the process: no exception to catch.
    /// </summary>
    public const int YamlNesting = 64;

    /// <summary>
    /// Characters Markdig may read in a body looking for the end of link addresses ("](…") that do not end. It reads
    /// from each "](" to the address's end (a space, a line end, or its closing parenthesis), and "[a](" repeated
    /// without a space made that the square of the length: 200 KB took 10 s, 800 KB three minutes. Real links cost
    /// their address's length, some hundred characters each, so this allows a hundred thousand of them.
    /// </summary>
    public const long LinkScan = 10_000_000;

    /// <summary>
    /// HTML elements left open inside one another in a body's raw HTML. AngleSharp, which parses raw HTML for the
    /// sanitizer, spends time in proportion to the depth on every element (thousands of unclosed "&lt;div&gt;" took
    /// minutes, of "&lt;table&gt;" even more); browsers stop nesting at 512.
    /// </summary>
    public const int HtmlNesting = 128;

    /// <summary>
    /// Raw HTML tags in one body. Each goes through the HTML parser and the sanitizer, whose cost per element keeps a
    /// 2 MB body of tags (some 250,000) at seconds; a plan written in Markdown holds a handful, and a long one pasted
    /// as HTML a few thousand.
    /// </summary>
    public const int HtmlTags = 20_000;

    /// <summary>What a content file holds, told by its extension.</summary>
    public static ContentFileKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ContentFileKind.Markdown,
        ".csv" => ContentFileKind.Csv,
        _ => ContentFileKind.Yaml,
    };

    /// <summary>The size limit of a content file of <paramref name="kind"/>.</summary>
    public static long Bytes(ContentFileKind kind) => kind switch
    {
        ContentFileKind.Markdown => MarkdownBytes,
        ContentFileKind.Csv => CsvBytes,
        _ => YamlBytes,
    };

    /// <summary>"2 MB", "52.4 MB", "12 KB": sizes as a message shows them, whatever the machine's language.</summary>
    public static string Size(long bytes) =>
        bytes >= Megabyte
            ? $"{(bytes / (double)Megabyte).ToString("0.#", CultureInfo.InvariantCulture)} MB"
            : $"{Count((bytes + 1023) / 1024)} KB";

    /// <summary>"20,000": counts as a message shows them, whatever the machine's language.</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
