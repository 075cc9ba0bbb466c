using System.CommandLine;
using RaQuan.Units;

namespace RaQuan.Cli;

/// <summary><c>raquan units find "dak ha" [--site DIR]</c>.</summary>
internal static class UnitsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("NAME") { Description = "A unit's name or code, with or without diacritics: \"dak ha\", \"Đắk Hà\", \"23500\"." };
        var site = new Option<string>("--site", "-s") { Description = "The content folder whose units.yml (old units and their mergers) is searched too.", DefaultValueFactory = _ => "." };
        var find = new Command("find", "Print the units, old and new, whose name holds NAME, with their codes.") { query, site };
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

            await error.WriteLineAsync($"error: no unit is named \"{text}\"");
            await error.WriteLineAsync(nearest.Count == 0
                ? "  fix: write a unit's name (\"Đăk Hà\") or its official code (\"23500\")"
                : $"  fix: did you mean {string.Join(" or ", nearest.Select(n => $"\"{n}\""))}?");
            return 1;
        });
        return new Command("units", "Look up administrative units on the official map since 1 July 2025 and in units.yml.") { find };
    }
}
