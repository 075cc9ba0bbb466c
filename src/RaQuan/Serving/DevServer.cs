using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RaQuan.Rendering;

using RaQuan.Themes;

namespace RaQuan.Serving;

/// <summary>
/// <c>raquan serve</c>: keeps the site in memory, serves it with Kestrel, builds again when the content folder
/// changes and tells open pages to reload (Server-Sent Events). A failed build leaves the last good site served,
/// with the errors shown over every page.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteSession _session;
    private readonly DevServerOptions _options;
    private readonly TextWriter _log;
    private readonly List<FileSystemWatcher> _watchers;
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<Guid, Channel<string>> _listeners = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _rebuilding;
    private volatile State _state;

    private DevServer(WebApplication app, SiteSession session, DevServerOptions options, TextWriter log, State state)
    {
        (_app, _session, _options, _log, _state) = (app, session, options, log, state);
        _watchers = [Watch(options.Build.SiteDirectory), .. options.ThemeAssets is { } assets ? [Watch(assets)] : Array.Empty<FileSystemWatcher>()];
        _rebuilding = Task.Run(RebuildLoopAsync);
    }

    /// <summary>The site's address, with its base path: "http://127.0.0.1:1313/ra-quan-2024/".</summary>
    public string Url { get; private set; } = "";

    /// <summary>Raised after every build that follows a change, with its result.</summary>
    public event Action<SessionBuild>? Rebuilt;

    /// <summary>Builds the site and starts serving it, even when the first build fails (the errors are then shown).</summary>
    public static async Task<DevServer> StartAsync(DevServerOptions options, ITheme theme, TextWriter log, CancellationToken cancellation = default)
    {
        var session = new SiteSession(options.Build, options.ThemeAssets is { } assets ? new AssetsFolderTheme(theme, assets) : theme);
        var first = await session.BuildAsync(cancellation);
        Report(first, log, Messages.ServeBuilt, options.Verbose);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':') ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        var app = builder.Build();
        var server = new DevServer(app, session, options, log, State.From(null, first, 1));
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation);
        server.Url = app.Urls.First().TrimEnd('/') + server._state.BasePath;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _stopping.CancelAsync();
        foreach (var listener in _listeners.Values)
        {
            listener.Writer.TryComplete();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            await _rebuilding;
        }
        catch (OperationCanceledException)
        {
            // Stopping while a build runs: nothing to keep.
        }

        _stopping.Dispose();
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _changes.Writer.TryWrite(true);

    private async Task RebuildLoopAsync()
    {
        var debounce = _options.Debounce ?? TimeSpan.FromMilliseconds(20);
        await foreach (var _ in _changes.Reader.ReadAllAsync(_stopping.Token))
        {
            // An editor saves in several steps (truncate, write, rename); build once they are done.
            await Task.Delay(debounce, _stopping.Token);
            _changes.Reader.TryRead(out var _);
            var build = await _session.BuildAsync(_stopping.Token);
            var state = State.From(_state, build, _state.Version + 1);
            _state = state;
            Report(build, _log, Messages.ServeRebuilt, _options.Verbose);
            Broadcast(build.Succeeded
                ? LiveReload.Event("reload", state.Version)
                : LiveReload.Event("failed", LiveReload.Describe(build.Errors)));
            Rebuilt?.Invoke(build);
        }
    }

    private static void Report(SessionBuild build, TextWriter log, string summary, bool verbose)
    {
        lock (log)
        {
            if (build.Succeeded)
            {
                log.WriteLine(UiLanguage.Format(summary, build.Plans, Math.Round(build.Elapsed.TotalMilliseconds), build.Rendered));
                if (verbose)
                {
                    log.WriteLine("  " + string.Join(", ", build.Steps.Select((step, i) =>
                        $"{StepText.Label(step.Name)} {(step.Elapsed - (i == 0 ? TimeSpan.Zero : build.Steps[i - 1].Elapsed)).TotalMilliseconds:0} ms")));
                }
            }
            else
            {
                log.WriteLine(LiveReload.Describe(build.Errors));
            }

            log.Flush();
        }
    }

    private void Broadcast(string message)
    {
        foreach (var listener in _listeners.Values)
        {
            listener.Writer.TryWrite(message);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var state = _state;
        var path = request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context, state);
            return;
        }

        if (state.Files is null)
        {
            await WriteAsync(response, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8",
                Encoding.UTF8.GetBytes(LiveReload.ErrorPage(state.Version, state.Errors)), request);
            return;
        }

        if (path == "/" && state.BasePath != "/")
        {
            response.Redirect(state.BasePath);
            return;
        }

        var files = state.Files;
        switch (SitePaths.Resolve(path, state.BasePath, file => files.ContainsKey(file) || state.FilesOnDisk.ContainsKey(file)))
        {
            case { Redirect: { } to }:
                response.Redirect(to);
                break;
            case { File: { } file }:
                await WriteFileAsync(response, StatusCodes.Status200OK, file, state, request);
                break;
            default:
                await WriteFileAsync(response, StatusCodes.Status404NotFound, "404.html", state, request);
                break;
        }
    }

    private static async Task WriteFileAsync(HttpResponse response, int status, string file, State state, HttpRequest request)
    {
        if (state.FilesOnDisk.TryGetValue(file, out var source))
        {
            await SendFileAsync(response, status, file, source, request);
            return;
        }

        if (!state.Files!.TryGetValue(file, out var bytes))
        {
            response.StatusCode = status;
            return;
        }

        var type = ContentTypes.For(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes), state.Version, state.Errors));
        }

        await WriteAsync(response, status, type, bytes, request);
    }

    // Streamed from the disk: a file of several gigabytes fits in no array.
    private static async Task SendFileAsync(HttpResponse response, int status, string file, string source, HttpRequest request)
    {
        var info = new FileInfo(source);
        if (!info.Exists)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.StatusCode = status;
        response.ContentType = ContentTypes.For(file);
        response.ContentLength = info.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.SendFileAsync(source, request.HttpContext.RequestAborted);
        }
    }

    private static async Task WriteAsync(HttpResponse response, int status, string type, byte[] bytes, HttpRequest request)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(bytes);
        }
    }

    private async Task StreamEventsAsync(HttpContext context, State state)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _listeners[id] = channel;
        try
        {
            channel.Writer.TryWrite("retry: 500\n\n" + LiveReload.Event("hello", state.Version));
            if (state.Errors.Count > 0)
            {
                channel.Writer.TryWrite(LiveReload.Event("failed", LiveReload.Describe(state.Errors)));
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(message, stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            _listeners.TryRemove(id, out _);
        }
    }

    /// <summary>What is served: the last good files, and the errors of the last build if it failed.</summary>
    private sealed record State(
        IReadOnlyDictionary<string, byte[]>? Files, IReadOnlyDictionary<string, string> FilesOnDisk, IReadOnlyList<BuildError> Errors, string BasePath, long Version)
    {
        public static State From(State? previous, SessionBuild build, long version) => build.Succeeded
            ? new State(build.Files, build.FilesOnDisk, [], build.BasePath, version)
            : new State(previous?.Files, previous?.FilesOnDisk ?? build.FilesOnDisk, build.Errors, previous?.BasePath ?? "/", version);
    }
}
