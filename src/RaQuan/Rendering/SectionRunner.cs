namespace RaQuan.Rendering;

/// <summary>
/// Runs the sections of one build as <see cref="SiteSections.RenderAsync"/> calls them, and reports each as it
/// ends. A section is either awaited where it is called, or started to run alongside the sections after it and
/// awaited at <see cref="EveryPageWrittenAsync"/>, before a section that needs every page written.
/// </summary>
/// <param name="sectionDone">Told a section's name and how many sections are done.</param>
internal sealed class SectionRunner(Action<string, int>? sectionDone)
{
    private readonly List<(string Name, Task Running)> _alongside = [];
    private int _done;

    /// <summary>Renders a section that gives later ones its result.</summary>
    public async Task<T> RunAsync<T>(string name, Func<Task<T>> render)
    {
        var result = await render();
        Done(name);
        return result;
    }

    /// <summary>Renders a section.</summary>
    public async Task RunAsync(string name, Func<Task> render)
    {
        await render();
        Done(name);
    }

    /// <summary>
    /// Starts a section that runs while the sections after it render, on what their work leaves of the two cores: it
    /// uses nothing they make. The search index and open data are written mostly on one core; beside the unit pages
    /// and the feeds, the other core is busy too.
    /// </summary>
    public void Alongside(string name, Func<Task> render) => _alongside.Add((name, Task.Run(render)));

    /// <summary>Waits for the sections running alongside: after it, every page and file of the sections so far is written.</summary>
    public async Task EveryPageWrittenAsync()
    {
        foreach (var (name, running) in _alongside)
        {
            await running;
            Done(name);
        }

        _alongside.Clear();
    }

    /// <summary>
    /// After a failure, waits for the sections still running alongside, whose own failures are not reported: the first
    /// failure is the one the build stops for. They write into the staging folder, which a failed build removes, and
    /// removing it while they wrote failed with "Directory not empty" instead of reporting the content error.
    /// </summary>
    public async Task StopAsync() =>
        await Task.WhenAll(_alongside.Select(a => a.Running)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private void Done(string name) => sectionDone?.Invoke(name, Interlocked.Increment(ref _done));
}
