using System.Diagnostics;
using RaQuan.Cli;

namespace RaQuan.Tests.Support;

/// <summary>
/// The real <c>raquan</c> program started as a child process (<c>dotnet RaQuan.Cli.dll …</c>), for what an
/// in-process run cannot show: a build killed mid-way, or one run under another time zone and culture.
/// </summary>
internal static class ChildCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
    }

    public static async Task<CliRun> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"raquan {string.Join(' ', args)} did not finish in {Limit}");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    // The SDK tells the test host which dotnet runs it; outside `dotnet test`, the one on the PATH.
    private static string DotnetHost() =>
        System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
