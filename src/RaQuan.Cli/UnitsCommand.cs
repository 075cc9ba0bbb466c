using RaQuan.Units;

namespace RaQuan.Cli;

/// <summary><c>raquan units find "dak ha" [--site DIR]</c>.</summary>
internal static class UnitsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("NAME") { Description = Messages.Help_UnitsName };
        var site = new Option<string>("--site", "-s") { Description = Messages.Help_UnitsSite, DefaultValueFactory = _ => "." };
        var find = new Command("find", Messages.Help_UnitsFind) { query, site };
        find.SetAction(async parse =>
        {
            var text = parse.GetValue(query)!;
            if (UnitSearch.Find(text, parse.GetValue(site), out var nearest) is { } lines)
            {
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(line);
                }

                return 0;
            }

            await error.WriteLineAsync(ReportText.Line(isWarning: false, UiLanguage.Format(Messages.NoUnitNamed, text), nearest.Count == 0
                ? Messages.NoUnitNamedFix
                : UiLanguage.Format(Messages.DidYouMean, string.Join(Messages.Or, nearest.Select(n => $"\"{n}\"")))));
            return 1;
        });
        return new Command("units", Messages.Help_Units) { find };
    }
}
