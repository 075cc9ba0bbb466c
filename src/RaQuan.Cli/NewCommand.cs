using System.CommandLine;
using RaQuan.Authoring;
using RaQuan.Building;

namespace RaQuan.Cli;

/// <summary><c>raquan new plan|ceremony|results "Tiêu đề" [--unit SLUG]</c>.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DateTimeOffset> clock)
    {
        var kind = new Argument<string>("KIND") { Description = "What to create: plan, ceremony or results." };
        kind.AcceptOnlyFromAmong("plan", "ceremony", "results");
        var title = new Argument<string>("TITLE") { Description = "The title, in Vietnamese; the file name and address are made from it." };
        var unit = new Option<string?>("--unit", "-u") { Description = "The slug of the unit it belongs to, checked against units.yml." };
        var site = new Option<string?>("--site", "-s") { Description = "The content folder (the one with site.yml). Default: the current folder or its content/." };

        var command = new Command("new", "Create a plan, ceremony or result table from a template. Never overwrites a file.")
        {
            kind, title, unit, site,
        };
        command.SetAction(async parse =>
        {
            if (await SiteFolder.FindAsync(parse.GetValue(site), error) is not { } folder)
            {
                return 1;
            }

            try
            {
                var files = NewContent.Create(folder, Enum.Parse<NewContentKind>(parse.GetValue(kind)!, ignoreCase: true), parse.GetValue(title)!, parse.GetValue(unit), clock());
                foreach (var file in files)
                {
                    await output.WriteLineAsync(file);
                }

                return 0;
            }
            catch (BuildException e)
            {
                foreach (var problem in e.Errors)
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                return 1;
            }
        });
        return command;
    }
}
