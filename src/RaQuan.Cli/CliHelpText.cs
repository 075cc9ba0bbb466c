using System.CommandLine.Help;

namespace RaQuan.Cli;

/// <summary>
/// System.CommandLine writes its help in English only (it ships no Vietnamese): the descriptions of the options it
/// declares are set here, and the few fixed words of its layout (headings, "[default: …]") are put in the chosen
/// language after it has written them.
/// </summary>
internal static class CliHelpText
{
    public static void Describe(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => Messages.Help_Help,
                VersionOption => Messages.Help_Version,
                _ => option.Description,
            };
        }
    }

    /// <summary><paramref name="help"/> as System.CommandLine wrote it, with its fixed words in the chosen language.</summary>
    public static string Translate(string help)
    {
        var headings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Description:"] = Messages.HelpHeading_Description,
            ["Usage:"] = Messages.HelpHeading_Usage,
            ["Arguments:"] = Messages.HelpHeading_Arguments,
            ["Options:"] = Messages.HelpHeading_Options,
            ["Commands:"] = Messages.HelpHeading_Commands,
        };
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = headings.TryGetValue(lines[i].TrimEnd('\r'), out var heading)
                ? heading
                : lines[i].Replace("[default: ", Messages.HelpDefault, StringComparison.Ordinal);
        }

        return string.Join('\n', lines);
    }
}
