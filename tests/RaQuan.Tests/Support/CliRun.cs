namespace RaQuan.Tests.Support;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The lines of <see cref="Error"/> that are content errors ("file:line: error: …").</summary>
    public List<string> ErrorLines => Error.Split('\n').Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToList();
}
