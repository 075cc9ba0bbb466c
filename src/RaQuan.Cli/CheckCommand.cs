using System.Text.Encodings.Web;
using System.Text.Json;
using RaQuan.Checking;
using RaQuan.Themes.Default;

namespace RaQuan.Cli;

/// <summary><c>raquan check [SITE_DIR] [--format text|json]</c>: validates without publishing; exit 1 on any error.</summary>
internal static class CheckCommand
{
    private static readonly CheckJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = Messages.Help_CheckFormat,
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("check", Messages.Help_Check);
        site.AddTo(command, format);
        command.SetAction(async (parse, cancellation) =>
        {
            if (await site.ReadAsync(parse, "", error) is not { } options)
            {
                return 1;
            }

            await using var theme = new DefaultTheme();
            var report = await SiteChecker.CheckAsync(options, theme, cancellation);
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(
                    new CheckJsonReport(report.Errors, report.Warnings, report.Files, report.Findings, report.ExternalLinks), Json.CheckJsonReport));
            }
            else
            {
                await WriteTextAsync(report, output, error);
            }

            return report.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task WriteTextAsync(CheckReport report, TextWriter output, TextWriter error)
    {
        foreach (var finding in report.Findings)
        {
            await error.WriteLineAsync(finding.ToString());
        }

        if (report.ExternalLinks.Count > 0)
        {
            await output.WriteLineAsync(UiLanguage.Format(Messages.CheckExternalLinks, report.ExternalLinks.Count));
            foreach (var link in report.ExternalLinks)
            {
                await output.WriteLineAsync($"  {link.Url}  ({string.Join(", ", link.Pages)})");
            }
        }

        await output.WriteLineAsync(report.Errors > 0
            ? UiLanguage.Format(Messages.CheckFailed, report.Errors, report.Warnings)
            : UiLanguage.Format(Messages.CheckPassed, report.Files, report.Warnings));
    }
}
