using System.CommandLine;
using RaQuan.Serving;
using RaQuan.Themes.Default;

namespace RaQuan.Cli;

/// <summary><c>raquan serve [SITE_DIR]</c>: builds, serves on loopback and rebuilds on every change.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 1313 };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. The default lets only this computer in; 0.0.0.0 opens it to the network.",
            DefaultValueFactory = _ => "127.0.0.1",
        };

        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the time of each step of every build." };
        var themeAssets = new Option<string?>("--theme-assets")
        {
            HelpName = "DIR",
            Description = "Take the theme's stylesheet and script from this folder (themes/Default/assets) and reload when they change.",
        };
        var command = new Command("serve", "Build the site, serve it at http://127.0.0.1:1313 and rebuild and reload the browser on every change.");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(themeAssets);
        command.Options.Add(verbose);
        command.SetAction(async (parse, cancellation) =>
        {
            if (await site.ReadAsync(parse, "", error) is not { } build)
            {
                return 1;
            }

            var assets = parse.GetValue(themeAssets);
            if (assets is not null && !Directory.Exists(assets))
            {
                await error.WriteLineAsync($"error: --theme-assets: the folder {assets} does not exist\n  fix: give the folder of the theme's assets, for example themes/Default/assets");
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
                await error.WriteLineAsync($"error: cannot listen on {options.Host}:{options.Port}: {e.Message}\n  fix: give another port, for example --port 1314");
                return 1;
            }

            await using (server)
            {
                await output.WriteLineAsync($"Serving {server.Url} (Ctrl+C to stop)");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    await output.WriteLineAsync("Stopped.");
                }
            }

            return 0;
        });
        return command;
    }
}
