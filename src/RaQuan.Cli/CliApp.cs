using System.CommandLine;

namespace RaQuan.Cli;

/// <summary>The <c>raquan</c> command line: parses arguments and hands the work to the library.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("RaQuan: builds a public information site from Vietnamese plans, schedules and result tables.")
        {
            BuildCommand.Create(output, error),
            ConvertCommand.Create(output, error),
            InspectCommand.Create(output, error),
            ImportCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
