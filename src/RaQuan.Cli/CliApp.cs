using System.CommandLine;

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
        var root = new RootCommand("RaQuan: builds a public information site from Vietnamese plans, schedules and result tables.")
        {
            BuildCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error, clock),
            CheckCommand.Create(output, error),
            ConvertCommand.Create(output, error),
            InspectCommand.Create(output, error),
            ImportCommand.Create(output, error, clock),
            UnitsCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (termination is { } token)
        {
            configuration.ProcessTerminationTimeout = null;
            return await root.Parse(args).InvokeAsync(configuration, token);
        }

        return await root.Parse(args).InvokeAsync(configuration);
    }
}
