namespace RaQuan.Building;

/// <summary>What to build and how.</summary>
/// <param name="SiteDirectory">The content folder (holds site.yml).</param>
/// <param name="OutputDirectory">Where the site is published; replaced only when the build succeeds.</param>
/// <param name="ImageCacheDirectory">Where processed photos are kept between builds; null: the user's cache folder (<c>Images.ImageCache.DefaultRoot</c>).</param>
/// <param name="Now">The build time; drafts, publish and expiry dates are judged against it. Pass it for reproducible builds.</param>
/// <param name="Force">Replace the output folder even when it holds files RaQuan did not write.</param>
public sealed record BuildOptions(
    string SiteDirectory,
    string OutputDirectory,
    DateTimeOffset Now,
    bool IncludeDrafts = false,
    bool IncludeFuture = false,
    bool IncludeExpired = false,
    bool Force = false,
    string? ImageCacheDirectory = null)
{
    /// <summary>How long a build waits while another one holds the output folder (<see cref="Output.OutputLock"/>) before it gives up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The folder an incremental build keeps its cache in between builds (<see cref="Pipeline.DiskBuildCache"/>;
    /// <c>raquan build</c> gives <c>.OUT.cache</c> beside the output unless told <c>--no-cache</c>); null: every file is
    /// rendered and no cache is kept.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Where a site's own templates are kept compiled between builds; null: the user's cache folder (raquan/templates).</summary>
    public string? TemplateCacheDirectory { get; init; }
}
