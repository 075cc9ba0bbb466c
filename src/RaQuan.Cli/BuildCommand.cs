using System.CommandLine;
using System.Globalization;
using RaQuan.Building;
using RaQuan.Themes.Default;

namespace RaQuan.Cli;

/// <summary><c>raquan build [SITE_DIR] [-o OUT]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new Argument<string>("SITE_DIR")
        {
            Description = "The content folder, holding site.yml, units.yml, plans/ and pages/.",
            DefaultValueFactory = _ => ".",
        };
        var outDir = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site. It is replaced only when the build succeeds.",
            DefaultValueFactory = _ => "_site",
        };
        var now = new Option<string?>("--now")
        {
            Description = "The build time, for reproducible builds (ISO 8601, e.g. 2024-02-20T08:00:00+07:00). Default: the current time.",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include plans marked draft: true." };
        var future = new Option<bool>("--future") { Description = "Include plans whose publish_date is in the future." };
        var expired = new Option<bool>("--expired") { Description = "Include plans whose expiry_date has passed." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors." };

        var command = new Command("build", "Build the site into a folder of static files.")
        {
            site, outDir, now, drafts, future, expired, quiet,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var nowText = parse.GetValue(now);
            if (!TryParseNow(nowText, out var buildTime))
            {
                await error.WriteLineAsync($"error: --now \"{nowText}\" is not a date and time\n  fix: write it as 2024-02-20T08:00:00+07:00");
                return 1;
            }

            var options = new BuildOptions(parse.GetValue(site)!, parse.GetValue(outDir)!, buildTime,
                parse.GetValue(drafts), parse.GetValue(future), parse.GetValue(expired));
            return await RunAsync(options, parse.GetValue(quiet), output, error, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(BuildOptions options, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        await using var theme = new DefaultTheme();
        try
        {
            var result = await SiteBuilder.BuildAsync(options, theme, cancellation);
            if (!quiet)
            {
                foreach (var warning in result.Warnings)
                {
                    await error.WriteLineAsync(warning.ToString());
                }

                var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
                await output.WriteLineAsync(
                    $"Built {result.Files} files ({result.Plans} plans, {result.Units} units) in {seconds} s → {options.OutputDirectory}");
            }

            return 0;
        }
        catch (BuildException e)
        {
            foreach (var buildError in e.Errors)
            {
                await error.WriteLineAsync(buildError.ToString());
            }

            await error.WriteLineAsync(
                $"Build failed with {e.Errors.Count} error(s); {options.OutputDirectory} was left as it was.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}\nBuild failed; {options.OutputDirectory} was left as it was.");
            return 1;
        }
    }

    private static bool TryParseNow(string? text, out DateTimeOffset now)
    {
        if (text is null)
        {
            now = DateTimeOffset.Now;
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out now);
    }
}
