using System.CommandLine;
using RaQuan.Building;
using RaQuan.Loading;
using RaQuan.Localization;
using RaQuan.Model;
using RaQuan.Themes.Default;

namespace RaQuan.Cli;

/// <summary><c>raquan theme list</c> and <c>raquan theme copy NAME [--site DIR]</c>.</summary>
internal static class ThemeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Command("list", Messages.Help_ThemeList);
        list.SetAction(async _ =>
        {
            foreach (var name in ThemeTemplates.Names)
            {
                await output.WriteLineAsync($"{name,-24} {UiLanguage.Format(Messages.ThemeListModel, ThemeTemplates.Display(ThemeTemplates.ModelOf(name)))}");
            }

            return 0;
        });

        var template = new Argument<string>("NAME") { Description = Messages.Help_ThemeCopyName };
        var site = new Option<string?>("--site", "-s") { Description = Messages.Help_ThemeSite };
        var copy = new Command("copy", Messages.Help_ThemeCopy) { template, site };
        copy.SetAction(async parse => await CopyAsync(parse.GetValue(template)!, parse.GetValue(site), output, error));
        return new Command("theme", Messages.Help_Theme) { list, copy };
    }

    private static async Task<int> CopyAsync(string given, string? site, TextWriter output, TextWriter error)
    {
        if (ThemeTemplates.Find(given) is not { } name)
        {
            // Suggested by the name as written: "PlanVeiw" is near "PlanView", "Views/PlanVeiw" near "Views/PlanView".
            var names = ThemeTemplates.Names.SelectMany(n => new[] { n, n[(n.IndexOf('/') + 1)..] });
            var near = Suggestions.Closest(given.Trim().Replace(".cshtml", "", StringComparison.OrdinalIgnoreCase), names);
            await error.WriteLineAsync(ReportText.Line(isWarning: false, UiLanguage.Format(Messages.ThemeCopyUnknown, given),
                near is null ? Messages.ThemeCopyUnknownFix : UiLanguage.Format(Messages.ThemeCopyDidYouMean, near)));
            return 1;
        }

        if (await SiteFolder.FindAsync(site, error) is not { } folder)
        {
            return 1;
        }

        var paths = new ContentPaths(folder);
        var diagnostics = new Diagnostics(BuildStage.Load);
        var config = SiteConfigLoader.Load(paths, diagnostics);
        if (diagnostics.Items.Any(d => !d.IsWarning))
        {
            foreach (var problem in diagnostics.Items)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            return 1;
        }

        if (config?.Branding.Folder is not { } theme)
        {
            await error.WriteLineAsync(ReportText.Line("site.yml", isWarning: false, Messages.ThemeNoFolder, Messages.ThemeNoFolderFix));
            return 1;
        }

        var target = Path.Combine(theme.Path, name + ".cshtml");
        var shownAs = theme.ShownAs + "/" + name + ".cshtml";
        if (File.Exists(target))
        {
            await error.WriteLineAsync(ReportText.Line(shownAs, isWarning: false, Messages.FileExists, null));
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, ThemeTemplates.Text(name));
        await output.WriteLineAsync(UiLanguage.Format(Messages.ThemeCopied, name, shownAs));
        return 0;
    }
}
