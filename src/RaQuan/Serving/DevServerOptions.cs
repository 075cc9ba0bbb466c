namespace RaQuan.Serving;

/// <summary>How <c>raquan serve</c> builds and where it listens.</summary>
/// <param name="Build">What to build; the output folder is not used, the site is kept in memory.</param>
/// <param name="Host">The address to listen on; loopback unless the user asks otherwise.</param>
/// <param name="Port">The port; 0 takes any free one.</param>
/// <param name="Debounce">How long to wait for an editor's burst of file events to end before building.</param>
/// <param name="Verbose">Print the time of each step of every build.</param>
/// <param name="ThemeAssets">A folder whose files replace the theme's embedded assets, watched like the content.</param>
public sealed record DevServerOptions(
    BuildOptions Build, string Host = "127.0.0.1", int Port = 1313, TimeSpan? Debounce = null, bool Verbose = false, string? ThemeAssets = null);
