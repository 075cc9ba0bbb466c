using System.Runtime.InteropServices;

namespace RaQuan.Cli;

/// <summary>
/// Ctrl+C and SIGTERM stop any command within a second: the command's token is cancelled at once, and a command still
/// running half a second later (a stage busy in one long loop) ends with the process. A build stopped that way leaves
/// its staging folder, which the next build removes, and the previous site whole (the publish is two renames).
/// </summary>
internal sealed class Termination : IDisposable
{
    /// <summary>How long a command may take to stop by itself once asked.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Termination()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, 130)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, 143)),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code a signal asked for (128 + its number), or null while none came.</summary>
    public int? ExitCode { get; private set; }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    // 128 + the signal's number, as a shell reports a process a signal ended.
    private void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        ExitCode = exitCode;
        _cancel.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(exitCode), TaskScheduler.Default);
    }
}
