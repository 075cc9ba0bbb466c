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
        var site = new SiteOptions();
        var outDir = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site. It is replaced only when the build succeeds.",
            DefaultValueFactory = _ => "_site",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print each step of the build and its time." };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output folder even when it holds files RaQuan did not write (they are deleted).",
        };

        var command = new Command("build", "Build the site into a folder of static files.");
        site.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(quiet);
        command.Options.Add(verbose);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellation) =>
        {
            if (await site.ReadAsync(parse, parse.GetValue(outDir)!, error) is not { } options)
            {
                return 1;
            }

            return await RunAsync(options with { Force = parse.GetValue(force) }, parse.GetValue(quiet), parse.GetValue(verbose), output, error, cancellation);
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

                var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
                await output.WriteLineAsync(
                    $"Built {result.Files} files ({result.Plans} plans, {result.Units} units) in {seconds} s → {options.OutputDirectory}");

                // Opening index.html from the folder shows pages without their style: their links start with the base path.
                await output.WriteLineAsync($"To view it: raquan serve {options.SiteDirectory}   (then open http://127.0.0.1:1313{result.BasePath})");
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
}
