namespace RaQuan.Cli;

/// <summary>
/// <c>--lang vi|en</c>, else <c>RAQUAN_LANG</c>, else Vietnamese. Read before the commands are made, as their help
/// texts are in the chosen language; the option is declared too, so the parser accepts it and help lists it.
/// </summary>
internal static class CliLanguage
{
    public const string OptionName = "--lang";

    public static Option<string> Option() => new(OptionName)
    {
        Description = Messages.Help_Lang,
        HelpName = string.Join('|', UiLanguage.Names),
        Recursive = true,
    };

    /// <summary>The language asked for, and where it was asked (the option or the variable); null names the default.</summary>
    public static (string? Name, string From) Asked(IReadOnlyList<string> args, string? environment)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (args[i] == OptionName && i + 1 < args.Count)
            {
                return (args[i + 1], OptionName);
            }

            if (args[i].StartsWith(OptionName + "=", StringComparison.Ordinal) || args[i].StartsWith(OptionName + ":", StringComparison.Ordinal))
            {
                return (args[i][(OptionName.Length + 1)..], OptionName);
            }
        }

        return string.IsNullOrWhiteSpace(environment) ? (null, UiLanguage.Variable) : (environment, UiLanguage.Variable);
    }

    /// <summary>The culture to speak in, or null when the language asked for is unknown.</summary>
    public static CultureInfo? Choose(IReadOnlyList<string> args, string? environment) =>
        Asked(args, environment) is { Name: { } name } ? UiLanguage.Culture(name) : UiLanguage.Culture(UiLanguage.Vietnamese);

    /// <summary>Says in every language that <paramref name="name"/> is not one RaQuan speaks: whoever reads it may not read the default one.</summary>
    public static async Task WriteUnknownAsync(string name, string from, TextWriter error)
    {
        foreach (var language in UiLanguage.Names)
        {
            CultureInfo.CurrentUICulture = UiLanguage.Culture(language)!;
            await error.WriteLineAsync(ReportText.Line(from, isWarning: false, UiLanguage.Format(Messages.UnknownLanguage, name), Messages.UnknownLanguageFix));
        }
    }
}
