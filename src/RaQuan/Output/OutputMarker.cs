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

    /// <summary>Writes the marker into a folder a build made.</summary>
    public static void Write(string folder) => File.WriteAllText(Path.Combine(folder, Name), Text);

    /// <summary>Whether a build may replace <paramref name="output"/>: it does not exist, is empty, or is a site RaQuan built.</summary>
    public static bool MayReplace(string output) =>
        !Directory.Exists(output)
        || !Directory.EnumerateFileSystemEntries(output).Any()
        || File.Exists(Path.Combine(output, Name))
        || BuiltFiles.All(file => File.Exists(Path.Combine(output, file)));
}
