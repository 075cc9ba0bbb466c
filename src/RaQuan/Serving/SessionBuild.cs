namespace RaQuan.Serving;

/// <summary>One build of a <see cref="SiteSession"/>: the site's files, or the errors that stopped it.</summary>
/// <param name="Files">Every output file by its path ("ke-hoach/x/index.html"); null when the build failed.</param>
/// <param name="BasePath">The site's sub-path ("/ra-quan-2024/"), which every link carries.</param>
/// <param name="Rendered">Pages and feeds rendered rather than reused from the previous build.</param>
public sealed record SessionBuild(
    IReadOnlyDictionary<string, byte[]>? Files,
    IReadOnlyList<BuildError> Errors,
    IReadOnlyList<BuildError> Warnings,
    TimeSpan Elapsed,
    int Plans,
    int Rendered,
    string BasePath = "/")
{
    public bool Succeeded => Files is not null;

    /// <summary>Large files copied as they are, served from where they are: their path in the site → the file.</summary>
    public IReadOnlyDictionary<string, string> FilesOnDisk { get; init; } = new Dictionary<string, string>();

    /// <summary>The steps of the build as each ended, for <c>raquan serve --verbose</c>.</summary>
    public IReadOnlyList<BuildStep> Steps { get; init; } = [];
}
