using RaQuan.Serving;
using RaQuan.Themes.Default;

namespace RaQuan.Cli;

/// <summary><c>raquan serve [SITE_DIR]</c>: builds, serves on loopback and rebuilds on every change.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = Messages.Help_Port, DefaultValueFactory = _ => 1313 };
        var host = new Option<string>("--host")
        {
            Description = Messages.Help_Host,
            DefaultValueFactory = _ => "127.0.0.1",
        };

        var verbose = new Option<bool>("--verbose", "-v") { Description = Messages.Help_ServeVerbose };
        var themeAssets = new Option<string?>("--theme-assets")
        {
            HelpName = "DIR",
            Description = Messages.Help_ThemeAssets,
        };
        var command = new Command("serve", Messages.Help_Serve);
        site.AddTo(command, port, host, themeAssets, verbose);
        command.SetAction(async (parse, cancellation) =>
        {
            if (await site.ReadAsync(parse, "", error) is not { } build)
            {
                return 1;
            }

            var assets = parse.GetValue(themeAssets);
            if (assets is not null && !Directory.Exists(assets))
            {
                await error.WriteLineAsync(ReportText.Line(isWarning: false, UiLanguage.Format(Messages.ThemeAssetsMissing, assets), Messages.ThemeAssetsMissingFix));
                return 1;
            }

            await using var theme = new DefaultTheme();
            var options = new DevServerOptions(build, parse.GetValue(host)!, parse.GetValue(port), Verbose: parse.GetValue(verbose), ThemeAssets: assets);
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, theme, TextWriter.Synchronized(output), cancellation);
            }
            catch (IOException e)
            {
                await error.WriteLineAsync(ReportText.Line(isWarning: false, UiLanguage.Format(Messages.CannotListen, options.Host, options.Port, e.Message), Messages.CannotListenFix));
                return 1;
            }

            await using (server)
            {
                await output.WriteLineAsync(UiLanguage.Format(Messages.ServeRunning, server.Url));
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    await output.WriteLineAsync(Messages.ServeStopped);
                }
            }

            return 0;
        });
        return command;
    }
}
