namespace RaQuan.Cli;

/// <summary>The arguments every command that builds takes: the site folder, the clock and what to publish.</summary>
internal sealed class SiteOptions
{
    public Argument<string> Site { get; } = new("SITE_DIR")
    {
        Description = Messages.Help_SiteDir,
        DefaultValueFactory = _ => ".",
    };

    public Option<string?> Now { get; } = new("--now")
    {
        Description = Messages.Help_Now,
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = Messages.Help_Drafts };
    public Option<bool> Future { get; } = new("--future") { Description = Messages.Help_Future };
    public Option<bool> Expired { get; } = new("--expired") { Description = Messages.Help_Expired };

    /// <summary>Adds the site folder and the build options to <paramref name="command"/>, then the command's <paramref name="own"/> options.</summary>
    public void AddTo(Command command, params Option[] own)
    {
        command.Arguments.Add(Site);
        foreach (var option in new Option[] { Now, Drafts, Future, Expired }.Concat(own))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The build options, or null after printing why --now cannot be read.</summary>
    public async Task<BuildOptions?> ReadAsync(ParseResult parse, string output, TextWriter error)
    {
        var text = parse.GetValue(Now);
        var now = DateTimeOffset.Now;
        if (text is not null && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out now))
        {
            await error.WriteLineAsync(ReportText.Line(isWarning: false, UiLanguage.Format(Messages.NowInvalid, text), Messages.NowInvalidFix));
            return null;
        }

        return new BuildOptions(parse.GetValue(Site)!, output, now, parse.GetValue(Drafts), parse.GetValue(Future), parse.GetValue(Expired));
    }
}
