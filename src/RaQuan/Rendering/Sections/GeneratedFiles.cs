namespace RaQuan.Rendering.Sections;

/// <summary>
/// The files a build has written so far, to tell whether a file copied from the content (a static file, an
/// attachment) would land on one of them: on the same path, or where one needs a folder or a file of that name.
/// </summary>
internal sealed class GeneratedFiles
{
    private readonly HashSet<string> _files;

    // Each folder of the site with the first generated file in it, to name in a message.
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);

    public GeneratedFiles(IEnumerable<string> paths)
    {
        _files = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files)
        {
            foreach (var parent in Parents(path))
            {
                if (!_folders.TryGetValue(parent, out var first) || string.CompareOrdinal(path, first) < 0)
                {
                    _folders[parent] = path;
                }
            }
        }
    }

    /// <summary>Whether a file at <paramref name="path"/> would be written over a generated file.</summary>
    public bool Contains(string path) => _files.Contains(path);

    /// <summary>
    /// The generated file that needs <paramref name="path"/> as a folder, or one of whose folders is a generated
    /// file; null when there is none.
    /// </summary>
    public string? FolderClash(string path) => _folders.GetValueOrDefault(path) ?? Parents(path).FirstOrDefault(_files.Contains);

    /// <summary>"a/b/c.txt" → "a", "a/b".</summary>
    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
