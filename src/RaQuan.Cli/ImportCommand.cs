using RaQuan.Authoring;
using RaQuan.Ceremonies;
using RaQuan.Documents;
using RaQuan.Loading;
using RaQuan.Vietnamese;
using RaQuan.Units;

namespace RaQuan.Cli;

/// <summary><c>raquan import FILE… [--to DIR | --site DIR] [--from tcvn3|vni]</c>: turns pasted documents into plan files to review.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DateTimeOffset> clock)
    {
        var files = new Argument<string[]>("FILE") { Description = Messages.Help_ImportFiles, Arity = ArgumentArity.OneOrMore };
        var to = new Option<string?>("--to") { Description = Messages.Help_ImportTo };
        var site = new Option<string?>("--site", "-s") { Description = Messages.Help_SiteOption };
        var from = LegacyOption.Create(Messages.Help_ImportFrom);
        var command = new Command("import", Messages.Help_Import)
        {
            files, to, site, from,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var target = parse.GetValue(to);
            if (target is null)
            {
                if (await SiteFolder.FindAsync(parse.GetValue(site), error) is not { } folder)
                {
                    return 1;
                }

                target = Path.Combine(folder, "plans");
            }

            Directory.CreateDirectory(target);
            var units = LoadUnits(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var encoding = LegacyOption.Parse(parse.GetValue(from));
            var failed = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                failed += await ImportAsync(file, encoding, target, units, NewContent.Today(clock()), output, error) ? 0 : 1;
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<bool> ImportAsync(string file, LegacyEncoding? from, string target, LocalityMatcher? units, DateOnly today, TextWriter output, TextWriter error)
    {
        if (await DocumentFile.ReadDocumentAsync(file, from, "import", error) is not { } document)
        {
            return false;
        }

        var reading = DocumentReader.Read(document.Text);
        var slug = Slug.From(reading.Title ?? Path.GetFileNameWithoutExtension(file));
        slug = slug.Length > 80 ? slug[..slug.LastIndexOf('-', 80)] : slug;
        var path = Path.Combine(target, slug + ".md");
        if (File.Exists(path))
        {
            await error.WriteLineAsync(ReportText.Line(file, isWarning: false, UiLanguage.Format(Messages.ImportTargetExists, path), Messages.ImportTargetExistsFix));
            return false;
        }

        // Pictures and the signed PDF go into the site's files/, which is published with the site; pictures are named
        // after the plan, so two plans' "hinh-1.png" do not collide.
        var name = Path.GetFileNameWithoutExtension(path);
        var files = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, "files");
        foreach (var picture in document.Pictures)
        {
            Directory.CreateDirectory(files);
            await File.WriteAllBytesAsync(Path.Combine(files, $"{name}-{picture.Name}"), picture.Data);
            reading = reading with { Body = reading.Body.Replace($"]({picture.Name})", $"](/files/{name}-{picture.Name})", StringComparison.Ordinal) };
        }

        // The signed PDF is published with the plan as its original, attached first.
        var attachments = new List<string>();
        if (Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(files);
            var original = Path.Combine(files, name + ".pdf");
            if (!File.Exists(original))
            {
                File.Copy(file, original);
            }

            attachments.Add($"files/{name}.pdf");
        }

        var candidates = reading.Locality is { } locality && units is not null ? units.Candidates(locality) : [];
        await File.WriteAllTextAsync(path, ImportedPlan.Write(reading, candidates.Count == 1 ? candidates[0].Slug : null, today, attachments, name));
        await output.WriteLineAsync(path);
        await WriteCeremonyAsync(file, reading, target, candidates.Count == 1 ? candidates[0].Slug : null, name, output, error);
        foreach (var warning in reading.Warnings)
        {
            await error.WriteLineAsync(ReportText.Line(file, isWarning: true, warning));
        }

        return true;
    }

    // A Giấy mời or Chương trình of a ceremony also gives the ceremony, in the site's ceremonies/ beside plans/.
    private static async Task WriteCeremonyAsync(string file, DocumentReading reading, string target, string? unit, string plan, TextWriter output, TextWriter error)
    {
        if (!ImportedCeremony.Announces(reading))
        {
            return;
        }

        if (unit is null)
        {
            await error.WriteLineAsync(ReportText.Line(file, isWarning: true, UiLanguage.Format(Messages.ImportCeremonyNoUnit, reading.Type), Messages.ImportCeremonyNoUnitFix));
            return;
        }

        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, "ceremonies");
        var path = Path.Combine(folder, plan + ".yml");
        if (File.Exists(path))
        {
            await error.WriteLineAsync(ReportText.Line(file, isWarning: true, UiLanguage.Format(Messages.ImportCeremonyExists, path)));
            return;
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(path, ImportedCeremony.Write(reading, unit, plan));
        await output.WriteLineAsync(path);
    }

    private static LocalityMatcher? LoadUnits(string siteDirectory)
    {
        var paths = new ContentPaths(siteDirectory);
        if (!File.Exists(paths.UnitsFile))
        {
            return null;
        }

        var units = UnitsLoader.Load(paths, new Diagnostics(BuildStage.Load));
        return new LocalityMatcher(units.SelectMany(u => u.SelfAndDescendants()));
    }
}
