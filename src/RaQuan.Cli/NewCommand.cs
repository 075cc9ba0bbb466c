using System.CommandLine;
using RaQuan.Authoring;
using RaQuan.Building;

namespace RaQuan.Cli;

/// <summary><c>raquan new plan|ceremony|results "Tiêu đề" [--unit SLUG]</c>.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DateTimeOffset> clock)
    {
        var kind = new Argument<string>("KIND") { Description = "What to create: plan, ceremony, results or news." };
        kind.AcceptOnlyFromAmong("plan", "ceremony", "results", "news");
        var title = new Argument<string>("TITLE") { Description = "The title, in Vietnamese; the file name and address are made from it." };
        var unit = new Option<string?>("--unit", "-u") { Description = "The slug of the unit it belongs to, checked against units.yml." };
        var photos = new Option<string?>("--photos") { Description = "news: a folder of photos to copy into the post, each with an image line to describe." };
        var site = new Option<string>("--site", "-s") { Description = "The content folder.", DefaultValueFactory = _ => "." };

        var command = new Command("new", "Create a plan, ceremony, result table or news post from a template. Never overwrites a file.")
        {
            kind, title, unit, photos, site,
        };
        command.SetAction(async parse =>
        {
            try
            {
                var files = NewContent.Create(parse.GetValue(site)!, Enum.Parse<NewContentKind>(parse.GetValue(kind)!, ignoreCase: true), parse.GetValue(title)!, parse.GetValue(unit), clock(), parse.GetValue(photos));
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
