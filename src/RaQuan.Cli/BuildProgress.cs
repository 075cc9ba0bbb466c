using Spectre.Console;

namespace RaQuan.Cli;

/// <summary>
/// Shows a build's steps: a live progress bar on a terminal, plain lines with --verbose when the output is a file
/// or a pipe, or when NO_COLOR or CI is set (https://no-color.org), and nothing with --quiet.
/// </summary>
internal static class BuildProgress
{
    public static async Task<T> RunAsync<T>(TextWriter output, bool quiet, bool verbose, Func<IProgress<BuildStep>?, Task<T>> build)
    {
        if (quiet)
        {
            return await build(null);
        }

        if (!IsTerminal(output))
        {
            return await build(verbose ? new Steps(step => output.WriteLine(Line(step))) : null);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(!verbose)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(StepText.Label("load"));
                result = await build(new Steps(step =>
                {
                    task.MaxValue = step.Total;
                    task.Value = step.Done;
                    task.Description = StepText.Label(step.Name);
                }));
            });
        return result;
    }

    private static bool IsTerminal(TextWriter output) =>
        output == Console.Out && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    // The managed heap as the step ends (live data plus garbage not yet collected): where a large site's memory goes;
    // and the time the program was paused for collections so far, with their count per generation.
    private static string Line(BuildStep step) =>
        string.Create(CultureInfo.InvariantCulture,
            $"[{step.Done}/{step.Total}] {StepText.Label(step.Name)} ({step.Elapsed.TotalSeconds:0.00} s, heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB, "
            + $"GC paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00} s)");

    /// <summary>Reports on the builder's thread, in order (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class Steps(Action<BuildStep> report) : IProgress<BuildStep>
    {
        public void Report(BuildStep value) => report(value);
    }
}
