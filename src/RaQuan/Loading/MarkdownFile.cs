using System.Text.Unicode;
using YamlDotNet.RepresentationModel;

namespace RaQuan.Loading;

/// <summary>A content Markdown file: its front matter fields and body.</summary>
internal sealed partial record MarkdownFile(YamlFields Fields, FrontMatter Text, SourceLocation Source)
{
    private string? _body;

    /// <summary>The Markdown after the front matter.</summary>
    public string Body => _body ??= BodyLeftOut
        ? throw new InvalidOperationException("the body was left out: Read decodes it when asked to")
        : Text.Body;

    /// <summary>File line where the body starts.</summary>
    public int BodyLine => Text.BodyLine;

    /// <summary>Whether <see cref="Read"/> reported the body's lists and quotes as nested too deep.</summary>
    public bool NestedTooDeep { get; private init; }

    // Read checked the body in its bytes and did not decode it.
    private bool BodyLeftOut { get; init; }

    /// <param name="needsBody">
    /// Whether the caller will ask for <see cref="Body"/>, told from the fields; when given, a body that needs no
    /// decoding to be checked is left out unless it says so. A plan whose front matter gives its title renders its
    /// body from the file later, so its body is checked here in its bytes and not decoded twice.
    /// </param>
    /// <param name="bytesRead">Given the file's bytes as read, before they are decoded (a stamp is their hash); not called when the file cannot be read.</param>
    public static MarkdownFile? Read(
        string fullPath, ContentPaths paths, IReadOnlyCollection<string> keys, Diagnostics diagnostics, Func<YamlFields, bool>? needsBody = null,
        Action<ReadOnlySpan<byte>>? bytesRead = null)
    {
        var display = paths.Display(fullPath);
        using var file = TextFiles.ReadContent(fullPath, display, diagnostics);
        if (file is not { Bytes: var bytes })
        {
            return null;
        }

        bytesRead?.Invoke(bytes);

        var bodyStart = needsBody is null ? -1 : FrontMatter.BodyStart(bytes);
        var bodyInBytes = bodyStart >= 0 && Utf8.IsValid(bytes[..bodyStart]) && TextFiles.IsPlainUtf8(bytes[bodyStart..]);
        if (TextFiles.Decode(bodyInBytes ? bytes[..bodyStart] : bytes, display, diagnostics) is not { } text)
        {
            return null;
        }

        var split = FrontMatter.Split(text);
        if (split is null)
        {
            diagnostics.Add(ContentErrors.UnclosedFrontMatter(new SourceLocation(display, 1, 1)));
            return null;
        }

        YamlNode? node = null;
        var readable = split.Yaml is null || YamlSource.TryParse(split.Yaml, display, split.YamlLine, diagnostics, out node);
        if (node is not (null or YamlMappingNode))
        {
            diagnostics.Add(ContentErrors.WrongShape(new SourceLocation(display, split.YamlLine, 1), Messages.FrontMatterName, Messages.ShapeFrontMatter));
            readable = false;
        }

        var tooDeep = bodyInBytes ? MarkdownNesting.TooDeepUtf8(bytes[bodyStart..]) : MarkdownNesting.TooDeep(split.BodySpan);
        if (tooDeep is var (line, depth))
        {
            diagnostics.Add(ContentErrors.NestedTooDeep(new SourceLocation(display, split.BodyLine + line - 1), depth));
        }

        // Front matter that could not be read has no fields: checking them would only report the title or unit as missing.
        if (!readable)
        {
            return null;
        }

        var map = node as YamlMappingNode ?? new YamlMappingNode();
        var fields = new YamlFields(map, display, split.YamlLine, diagnostics, keys);
        var leftOut = bodyInBytes && !needsBody!(fields);
        return new MarkdownFile(fields, split, new SourceLocation(display, 1, 1))
        {
            NestedTooDeep = tooDeep is not null,
            BodyLeftOut = leftOut,

            // The same text as the whole file's decoding gives from there: a line break ends the front matter, and
            // nothing composes across one.
            _body = bodyInBytes && !leftOut ? TextFiles.DecodeUtf8Text(bytes[bodyStart..]) : null,
        };
    }

    /// <summary>
    /// The body of a file read earlier, read again: the same text <see cref="Read"/> gave, without the first
    /// heading when that heading became the title.
    /// </summary>
    public static string ReadBody(string fullPath, bool titleFromHeading)
    {
        // Most plans: only the body is decoded, and the whole text is not made only to be cut.
        using var file = TextFiles.ReadAllRented(fullPath);
        var start = FrontMatter.BodyStart(file.Bytes);
        var body = start >= 0 ? TextFiles.DecodeUtf8Text(file.Bytes[start..]) : FrontMatter.Split(TextFiles.Decode(file.Bytes))?.Body ?? "";
        return titleFromHeading ? WithoutFirstHeading(body).Body : body;
    }

    /// <summary>
    /// The title from the first heading when the front matter gives none; that heading is removed from the
    /// body so the page does not show the title twice.
    /// </summary>
    public (string? Title, string Body) TitleFromHeading() => WithoutFirstHeading(Body);

    private static (string? Title, string Body) WithoutFirstHeading(string body)
    {
        var m = FirstHeading().Match(body);
        if (!m.Success)
        {
            return (null, body);
        }

        var title = m.Groups[1].Value.Replace("**", "", StringComparison.Ordinal).Trim().TrimEnd('#').Trim();
        return (title.Length == 0 ? null : title, body.Remove(m.Index, m.Length));
    }

    [GeneratedRegex(@"^[ ]{0,3}#{1,6}[ \t]+(.+?)[ \t]*(?:\n|$)", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();
}
