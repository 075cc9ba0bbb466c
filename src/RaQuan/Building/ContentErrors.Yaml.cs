namespace RaQuan.Building;

/// <summary>The wording of YAML that YamlDotNet cannot read, or would read into a value without end: said as <see cref="InvalidYaml"/> says it.</summary>
internal static partial class ContentErrors
{
    /// <param name="before">The line the "[" or "{" runs into; null when it runs to the end of the text.</param>
    public static BuildError UnclosedFlow(SourceLocation at, char opener, int? before)
    {
        var closer = opener == '[' ? ']' : '}';
        return InvalidYaml(at, before is null
            ? Say(Messages.YamlUnclosed, opener, closer)
            : Say(Messages.YamlUnclosedBefore, opener, closer, before));
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
                (Messages.YamlTab, Messages.YamlTabFix),
            _ when parserMessage.StartsWith("Duplicate key ", StringComparison.Ordinal) =>
                (Say(Messages.YamlDuplicateKey, parserMessage["Duplicate key ".Length..].TrimEnd('.')), Messages.YamlDuplicateKeyFix),
            _ when parserMessage.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal) =>
                (Messages.YamlUnclosedQuote, Messages.YamlClosingQuoteFix),
            _ when parserMessage.Contains("quoted scalar", StringComparison.Ordinal) =>
                (Messages.YamlQuoteRunsOn, Messages.YamlClosingQuoteFix),
            _ when parserMessage.Contains("did not find expected key", StringComparison.Ordinal)
                || parserMessage.Contains("did not find expected '-'", StringComparison.Ordinal) =>
                (Messages.YamlMisplacedLine, Messages.YamlMisplacedLineFix),
            _ when parserMessage.Contains("mapping values are not allowed", StringComparison.Ordinal) =>
                (Messages.YamlColonInValue, Messages.YamlColonInValueFix),
            _ => (Messages.YamlUnreadableHere, null as string),
        };
        var error = InvalidYaml(at, problem);
        return fix is null ? error : error with { Fix = fix };
    }

    public static BuildError UnreadableYaml(SourceLocation at) => InvalidYaml(at, Messages.YamlUnreadable);

    public static BuildError UndefinedAlias(SourceLocation at, string anchor) =>
        InvalidYaml(at, Say(Messages.YamlUndefinedAlias, anchor));

    public static BuildError RecursiveAlias(SourceLocation at, string anchor) =>
        InvalidYaml(at, Say(Messages.YamlRecursiveAlias, anchor));
}
