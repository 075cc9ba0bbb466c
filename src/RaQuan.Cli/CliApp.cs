namespace RaQuan.Cli;

/// <summary>The <c>raquan</c> command line: parses arguments and hands the work to the library.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, () => DateTimeOffset.Now);

    /// <param name="clock">The current time, for commands that write today's date (raquan new, raquan import).</param>
    /// <param name="termination">
    /// Cancelled on Ctrl+C or SIGTERM by the program (<see cref="Termination"/>), which then handles them instead of
    /// System.CommandLine: its handling waits two seconds, and none at all for a command busy in a loop.
    /// </param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Func<DateTimeOffset> clock, CancellationToken? termination = null)
    {
        // Changed within this async call only: in-process callers (the tests) each keep their own language.
        if (CliLanguage.Choose(args, Environment.GetEnvironmentVariable(UiLanguage.Variable)) is not { } culture)
        {
            var (name, from) = CliLanguage.Asked(args, Environment.GetEnvironmentVariable(UiLanguage.Variable));
            await CliLanguage.WriteUnknownAsync(name!, from, error);
            return 1;
        }

        CultureInfo.CurrentUICulture = culture;
        var root = new RootCommand(Messages.Help_Root)
        {
            CliLanguage.Option(),
            BuildCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error, clock),
            CheckCommand.Create(output, error),
            ConvertCommand.Create(output, error),
            InspectCommand.Create(output, error),
            ImportCommand.Create(output, error, clock),
            UnitsCommand.Create(output, error),
            ThemeCommand.Create(output, error),
        };
        CliHelpText.Describe(root);

        // Only help and the version go to the configuration's writers; commands write to output and error themselves.
        var help = new StringWriter();
        var configuration = new InvocationConfiguration { Output = help, Error = error };
        try
        {
            if (termination is { } token)
            {
                configuration.ProcessTerminationTimeout = null;
                return await root.Parse(args).InvokeAsync(configuration, token);
            }

            return await root.Parse(args).InvokeAsync(configuration);
        }
        finally
        {
            await output.WriteAsync(CliHelpText.Translate(help.ToString()));
        }
    }
}
