using System.Text;
using RaQuan.Vietnamese;

namespace RaQuan.Cli;

/// <summary><c>raquan convert --from tcvn3|vni FILE… [--to DIR]</c>: legacy Vietnamese text to UTF-8.</summary>
internal static class ConvertCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = LegacyOption.Create(Messages.Help_ConvertFrom, required: true);
        var to = new Option<string?>("--to") { Description = Messages.Help_ConvertTo };
        var files = new Argument<string[]>("FILE") { Description = Messages.Help_ConvertFiles, Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = Messages.Help_ConvertForce };

        var command = new Command("convert", Messages.Help_Convert)
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
                await error.WriteLineAsync(ReportText.Line(file, isWarning: false, e.Message));
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static string Refusal(string file, LegacyConversion conversion, LegacyEncoding encoding) => conversion.AlreadyUnicode
        ? ReportText.Line(file, isWarning: false, UiLanguage.Format(Messages.AlreadyUnicode, LegacyEncodings.Name(encoding)), Messages.AlreadyUnicodeFix)
        : ReportText.Line($"{file}:{conversion.Line}", isWarning: false,
            UiLanguage.Format(Messages.NotRoundTrip, LegacyEncodings.Name(encoding), Shorten(conversion.Original!)),
            UiLanguage.Format(Messages.NotRoundTripFix, LegacyEncodings.Name(encoding), encoding == LegacyEncoding.Tcvn3 ? "vni" : "tcvn3"));

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
