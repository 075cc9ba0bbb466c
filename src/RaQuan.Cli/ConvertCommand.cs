using System.CommandLine;
using System.Text;
using RaQuan.Text;

namespace RaQuan.Cli;

/// <summary><c>raquan convert --from tcvn3|vni FILE… [--to DIR]</c>: legacy Vietnamese text to UTF-8.</summary>
internal static class ConvertCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = LegacyOption.Create("The encoding the files are in: tcvn3 (ABC fonts such as .VnTime) or vni (VNI-Times).", required: true);
        var to = new Option<string?>("--to") { Description = "Write the converted files into this folder. Default: replace each file." };
        var files = new Argument<string[]>("FILE") { Description = "The files to convert.", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Convert a file even when it is already Unicode (UTF-8) text." };

        var command = new Command("convert", "Convert text in the old TCVN3 (ABC) or VNI encodings to Unicode (UTF-8, NFC).")
        {
            from, to, force, files,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            return await RunAsync(LegacyOption.Parse(parse.GetValue(from))!.Value, parse.GetValue(files)!, parse.GetValue(to), parse.GetValue(force), output, error, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(LegacyEncoding encoding, string[] files, string? to, bool force, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var conversion = LegacyEncodings.ConvertFile(await File.ReadAllBytesAsync(file, cancellation), encoding, force);
                if (conversion.Text is not { } text)
                {
                    await error.WriteLineAsync(Refusal(file, conversion, encoding));
                    failed++;
                    continue;
                }

                var target = to is null ? file : Path.Combine(to, Path.GetFileName(file));
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);

                // Written beside the target and renamed, so a file converted in place is never left half written.
                var temporary = target + ".converting";
                await File.WriteAllTextAsync(temporary, text, Utf8, cancellation);
                File.Move(temporary, target, overwrite: true);
                await output.WriteLineAsync($"{file} → {target} ({LegacyEncodings.Name(encoding)} → UTF-8)");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: {file}: {e.Message}");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static string Refusal(string file, LegacyConversion conversion, LegacyEncoding encoding) => conversion.AlreadyUnicode
        ? $"{file}: error: the file is already Unicode (UTF-8) text; converting it from {LegacyEncodings.Name(encoding)} would damage it (\"tháng\" would read \"thỏng\"), so it was left as it was\n"
            + "  fix: it needs no converting; if it really holds legacy text, add --force"
        : $"{file}:{conversion.Line}: error: the line does not convert to Unicode and back to the same text, so the file is not all {LegacyEncodings.Name(encoding)} and was left as it was: \"{Shorten(conversion.Original!)}\"\n"
            + $"  fix: check that the file is in {LegacyEncodings.Name(encoding)} (try --from {(encoding == LegacyEncoding.Tcvn3 ? "vni" : "tcvn3")}), or convert it with Unikey";

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
