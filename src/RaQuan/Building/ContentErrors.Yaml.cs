using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>The wording of YAML that YamlDotNet cannot read, or would read into a value without end: said as <see cref="InvalidYaml"/> says it.</summary>
internal static partial class ContentErrors
{
    /// <param name="before">The line the "[" or "{" runs into; null when it runs to the end of the text.</param>
    public static BuildError UnclosedFlow(SourceLocation at, char opener, int? before)
    {
        var closer = opener == '[' ? ']' : '}';
        return InvalidYaml(at, before is null
            ? $"the \"{opener}\" here is never closed with \"{closer}\""
            : $"the \"{opener}\" here is not closed with \"{closer}\" before line {before}");
    }

    /// <summary>
    /// What YamlDotNet's complaint (<paramref name="parserMessage"/>, "While scanning a plain scalar, found a tab
    /// character that violate indentation") means to someone who is not a programmer, with the fix for that case.
    /// </summary>
    public static BuildError YamlParserProblem(SourceLocation at, string parserMessage)
    {
        var (problem, fix) = parserMessage switch
        {
            _ when parserMessage.Contains(" tab", StringComparison.Ordinal) =>
                ("this line is indented with a tab; fields must be indented with spaces",
                 "delete the tab at the start of the line and type spaces instead (two spaces for each level, like the lines around it)"),
            _ when parserMessage.StartsWith("Duplicate key ", StringComparison.Ordinal) =>
                ($"the field \"{parserMessage["Duplicate key ".Length..].TrimEnd('.')}\" is written twice",
                 "keep only one of the two lines"),
            _ when parserMessage.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal) =>
                ("a value starts with a quote (\") that is never closed",
                 "add the closing quote at the end of the value, on the same line"),
            _ when parserMessage.Contains("quoted scalar", StringComparison.Ordinal) =>
                ("a value in quotes runs on to the next line: its closing quote is missing",
                 "add the closing quote at the end of the value, on the same line"),
            _ when parserMessage.Contains("did not find expected key", StringComparison.Ordinal)
                || parserMessage.Contains("did not find expected '-'", StringComparison.Ordinal) =>
                ("this line does not fit where it stands: a field (\"name: value\") or a list item (\"- value\") lined up with the lines above was expected",
                 "line it up with the fields above it, remove stray characters such as \"]\", and put quotes around a value that contains \": \" or starts with a special character"),
            _ when parserMessage.Contains("mapping values are not allowed", StringComparison.Ordinal) =>
                ("a value holds \": \", which reads as the start of another field",
                 "put the whole value in quotes: title: \"Kế hoạch: ra quân\""),
            _ => ("the text cannot be read from here on", null as string),
        };
        var error = InvalidYaml(at, problem);
        return fix is null ? error : error with { Fix = fix };
    }

    public static BuildError UnreadableYaml(SourceLocation at) => InvalidYaml(at, "the text cannot be read as YAML from here on");

    public static BuildError UndefinedAlias(SourceLocation at, string anchor) =>
        InvalidYaml(at, $"\"*{anchor}\" repeats the value marked \"&{anchor}\", but no value before it is marked so");

    public static BuildError RecursiveAlias(SourceLocation at, string anchor) =>
        InvalidYaml(at, $"\"*{anchor}\" stands inside the value marked \"&{anchor}\" that it repeats, which would never end");
}
