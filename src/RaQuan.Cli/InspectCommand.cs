using System.CommandLine;
using RaQuan.Documents;
using RaQuan.Loading;

namespace RaQuan.Cli;

/// <summary><c>raquan inspect FILE [--json] [--from tcvn3|vni]</c>: shows what the document reader read in a pasted document.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "The text of a document, as copied from the signed file." };
        var json = new Option<bool>("--json") { Description = "Print JSON with the field names of shared/seeds/expected.json." };
        var from = LegacyOption.Create("The encoding the document is typed in: tcvn3 (ABC fonts such as .VnTime) or vni (VNI-Times). Default: Unicode.");
        var command = new Command("inspect", "Show what RaQuan reads in a document: type, number, date, issuer, signer, events, tables, indicators.")
        {
            file, json, from,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"error: {path} does not exist\n  fix: give the path of a Word (.docx), PDF, text or Markdown file");
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
