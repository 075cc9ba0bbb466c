using RaQuan.Authoring;

namespace RaQuan.Cli;

/// <summary><c>raquan new plan|ceremony|results "Tiêu đề" [--unit SLUG]</c>, <c>raquan new site DIR --province … [--commune …]</c>.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DateTimeOffset> clock)
    {
        var kind = new Argument<string>("KIND") { Description = Messages.Help_NewKind };
        kind.AcceptOnlyFromAmong("plan", "ceremony", "results", "news", "site");
        var title = new Argument<string>("TITLE") { Description = Messages.Help_NewTitle };
        var province = new Option<string?>("--province") { Description = Messages.Help_Province };
        var commune = new Option<string?>("--commune") { Description = Messages.Help_Commune };
        var unit = new Option<string?>("--unit", "-u") { Description = Messages.Help_Unit };
        var photos = new Option<string?>("--photos") { Description = Messages.Help_Photos };
        var site = new Option<string?>("--site", "-s") { Description = Messages.Help_SiteOption };

        var command = new Command("new", Messages.Help_New)
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
