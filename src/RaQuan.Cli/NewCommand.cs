using System.CommandLine;
using RaQuan.Authoring;
using RaQuan.Building;

namespace RaQuan.Cli;

/// <summary><c>raquan new plan|ceremony|results "Tiêu đề" [--unit SLUG]</c>, <c>raquan new site DIR --province … [--commune …]</c>.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DateTimeOffset> clock)
    {
        var kind = new Argument<string>("KIND") { Description = "What to create: plan, ceremony, results, news, or site (a new content folder)." };
        kind.AcceptOnlyFromAmong("plan", "ceremony", "results", "news", "site");
        var title = new Argument<string>("TITLE") { Description = "The title, in Vietnamese; the file name and address are made from it. For site: the folder to create." };
        var province = new Option<string?>("--province") { Description = "For site: the province or centrally-run city, by name (\"Quảng Ngãi\", \"Quang Ngai\") or official code (\"51\")." };
        var commune = new Option<string?>("--commune") { Description = "For site: one commune, ward or special zone of the province, by name or code, for that unit's own site." };
        var unit = new Option<string?>("--unit", "-u") { Description = "The slug of the unit it belongs to, checked against units.yml." };
        var photos = new Option<string?>("--photos") { Description = "news: a folder of photos to copy into the post, each with an image line to describe." };
        var site = new Option<string?>("--site", "-s") { Description = "The content folder (the one with site.yml). Default: the current folder or its content/." };

        var command = new Command("new", "Create a plan, ceremony, result table or news post from a template, or a site of today's map. Never overwrites a file.")
        {
            kind, title, unit, photos, site, province, commune,
        };
        command.SetAction(async parse =>
        {
            // A new site makes its folder; everything else goes into a site that exists.
            var folder = parse.GetValue(kind) == "site" ? null : await SiteFolder.FindAsync(parse.GetValue(site), error);
            if (folder is null && parse.GetValue(kind) != "site")
            {
                return 1;
            }

            try
            {
                var files = parse.GetValue(kind) == "site"
                    ? NewSite.Create(parse.GetValue(title)!, parse.GetValue(province), parse.GetValue(commune))
                    : NewContent.Create(folder!, Enum.Parse<NewContentKind>(parse.GetValue(kind)!, ignoreCase: true), parse.GetValue(title)!, parse.GetValue(unit), clock(),
                        parse.GetValue(photos),
                        parse.GetResult(province) is null && parse.GetResult(commune) is null ? null : parse.GetResult(province) is null ? "--commune" : "--province");
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
