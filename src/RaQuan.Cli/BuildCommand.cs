using RaQuan.Themes.Default;

namespace RaQuan.Cli;

/// <summary><c>raquan build [SITE_DIR] [-o OUT]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var outDir = new Option<string>("--output", "-o")
        {
            Description = Messages.Help_BuildOutput,
            DefaultValueFactory = _ => "_site",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = Messages.Help_Quiet };
        var verbose = new Option<bool>("--verbose", "-v") { Description = Messages.Help_BuildVerbose };
        var force = new Option<bool>("--force")
        {
            Description = Messages.Help_BuildForce,
        };
        var wait = new Option<int>("--wait")
        {
            Description = Messages.Help_BuildWait,
            DefaultValueFactory = _ => 10,
            HelpName = "SECONDS",
        };

        var cache = new Option<string?>("--cache")
        {
            Description = Messages.Help_BuildCache,
            HelpName = "DIR",
        };
        var noCache = new Option<bool>("--no-cache") { Description = Messages.Help_BuildNoCache };

        var command = new Command("build", Messages.Help_Build);
        site.AddTo(command, outDir, quiet, verbose, force, wait, cache, noCache);
        command.SetAction(async (parse, cancellation) =>
        {
            if (await site.ReadAsync(parse, parse.GetValue(outDir)!, error) is not { } options)
            {
                return 1;
            }

            var lockWait = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait)));
            var cacheFolder = parse.GetValue(noCache) ? null : parse.GetValue(cache) ?? Pipeline.DiskBuildCache.FolderBeside(options.OutputDirectory);
            return await RunAsync(options with { Force = parse.GetValue(force), LockWait = lockWait, CacheDirectory = cacheFolder },
                parse.GetValue(quiet), parse.GetValue(verbose), output, error, cancellation);
        });
        return command;
    }

    private static async Task<int> RunAsync(BuildOptions options, bool quiet, bool verbose, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        await using var theme = new DefaultTheme();
        try
        {
            var result = await BuildProgress.RunAsync(output, quiet, verbose,
                progress => SiteBuilder.BuildAsync(options, theme, cancellation, progress));
            if (!quiet)
            {
                foreach (var warning in result.Warnings)
                {
                    await error.WriteLineAsync(warning.ToString());
                }

                if (verbose && options.CacheDirectory is not null)
                {
                    await output.WriteLineAsync(UiLanguage.Format(Messages.BuildReused, result.Reused, result.Rendered));
                }

                var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
                await output.WriteLineAsync(
                    UiLanguage.Format(Messages.BuildDone, result.Files, result.Plans, result.Units, seconds, options.OutputDirectory));

                // Opening index.html from the folder shows pages without their style: their links start with the base path.
                await output.WriteLineAsync(UiLanguage.Format(Messages.BuildHowToView, options.SiteDirectory, result.BasePath));
            }

            return 0;
        }
        catch (BuildException e)
        {
            foreach (var buildError in e.Errors)
            {
                await error.WriteLineAsync(buildError.ToString());
            }

            await error.WriteLineAsync(UiLanguage.Format(Messages.BuildFailed, e.Errors.Count, options.OutputDirectory));
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(ReportText.Line(isWarning: false, e.Message) + "\n" + UiLanguage.Format(Messages.BuildFailedIo, options.OutputDirectory));
            return 1;
        }
    }
}
