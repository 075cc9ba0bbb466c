using System.CommandLine;
using System.Globalization;
using RaQuan.Building;

namespace RaQuan.Cli;

/// <summary>The arguments every command that builds takes: the site folder, the clock and what to publish.</summary>
internal sealed class SiteOptions
{
    public Argument<string> Site { get; } = new("SITE_DIR")
    {
        Description = "The content folder, holding site.yml, units.yml, plans/ and pages/.",
        DefaultValueFactory = _ => ".",
    };

    public Option<string?> Now { get; } = new("--now")
    {
        Description = "The build time, for reproducible builds (ISO 8601, e.g. 2024-02-20T08:00:00+07:00). Default: the current time.",
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include plans marked draft: true." };
    public Option<bool> Future { get; } = new("--future") { Description = "Include plans whose publish_date is in the future." };
    public Option<bool> Expired { get; } = new("--expired") { Description = "Include plans whose expiry_date has passed." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Site);
        foreach (var option in new Option[] { Now, Drafts, Future, Expired })
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
            await error.WriteLineAsync($"error: --now \"{text}\" is not a date and time\n  fix: write it as 2024-02-20T08:00:00+07:00");
            return null;
        }

        return new BuildOptions(parse.GetValue(Site)!, output, now, parse.GetValue(Drafts), parse.GetValue(Future), parse.GetValue(Expired));
    }
}
