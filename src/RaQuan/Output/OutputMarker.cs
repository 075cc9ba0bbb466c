namespace RaQuan.Output;

/// <summary>
/// The file that tells a folder RaQuan built, so a build may replace it: publishing deletes the folder's whole
/// content, and <c>-o</c> pointing at the wrong folder (a home folder, the documents share) must not delete it.
/// </summary>
internal static class OutputMarker
{
    public const string Name = ".raquan-output";

    public const string Text = "This folder is a site built by RaQuan. Each build replaces all of it.\n";

    // Files every RaQuan build writes, together found in no other kind of folder: sites built before the marker.
    private static readonly string[] BuiltFiles = ["index.html", "404.html", "robots.txt", "sitemap.xml", "tim-kiem/du-lieu/meta.json"];

    private const string IdPrefix = "id: ";

    /// <summary>
    /// Writes the marker into a folder a build made, with the build's <paramref name="id"/>: the cache of an
    /// incremental build names the site it describes by it (<see cref="Pipeline.DiskBuildCache"/>).
    /// </summary>
    /// <remarks>A new file, never written into: a staging folder's marker may be the published site's (a hard link).</remarks>
    public static void Write(string folder, string id)
    {
        var path = Path.Combine(folder, Name);
        File.Delete(path);
        File.WriteAllText(path, Text + IdPrefix + id + "\n");
    }

    /// <summary>The id of the build that published <paramref name="output"/>; null when there is none or it has no marker.</summary>
    public static string? IdOf(string output)
    {
        try
        {
            return File.ReadLines(Path.Combine(output, Name)).FirstOrDefault(l => l.StartsWith(IdPrefix, StringComparison.Ordinal))?[IdPrefix.Length..];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether a build may replace <paramref name="output"/>: it does not exist, is empty, or is a site RaQuan built.</summary>
    public static bool MayReplace(string output) =>
        !Directory.Exists(output)
        || !Directory.EnumerateFileSystemEntries(output).Any()
        || File.Exists(Path.Combine(output, Name))
        || BuiltFiles.All(file => File.Exists(Path.Combine(output, file)));
}
