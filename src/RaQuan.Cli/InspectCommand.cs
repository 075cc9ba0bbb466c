using RaQuan.Documents;
using RaQuan.Loading;

namespace RaQuan.Cli;

/// <summary><c>raquan inspect FILE [--json] [--from tcvn3|vni]</c>: shows what the document reader read in a pasted document.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = Messages.Help_InspectFile };
        var json = new Option<bool>("--json") { Description = Messages.Help_InspectJson };
        var from = LegacyOption.Create(Messages.Help_InspectFrom);
        var command = new Command("inspect", Messages.Help_Inspect)
        {
            file, json, from,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync(ReportText.Line(isWarning: false, UiLanguage.Format(Messages.InspectFileMissing, path), Messages.InspectFileMissingFix));
                return 1;
            }

            if (await DocumentFile.ReadDocumentAsync(path, LegacyOption.Parse(parse.GetValue(from)), "inspect", error) is not { } document)
            {
                return 1;
            }

            // A plan file may carry front matter; the document is what follows it.
            var reading = DocumentReader.Read(FrontMatter.Split(document.Text)?.Body ?? document.Text);
            await output.WriteLineAsync(parse.GetValue(json) ? DocumentReadingJson.Write(reading) : DocumentReport.Format(reading));
            return 0;
        });
        return command;
    }
}
