namespace RaQuan.Output;

/// <summary>
/// The one rule every path written into the site obeys: relative, '/'-separated, with no empty, "." or ".."
/// segment, no backslash and no control character, so that no content can name a file outside the output folder
/// on any file system the site is copied to.
/// </summary>
internal static class OutputPaths
{
    public static bool IsSafe(string path)
    {
        if (path.Length == 0 || path[0] == '/')
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return false;
            }
        }

        foreach (var c in path)
        {
            if (c == '\\' || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The full path of <paramref name="path"/> under <paramref name="root"/>; throws when it would leave it.</summary>
    public static string Under(string root, string path)
    {
        if (IsSafe(path))
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            var inside = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            if (full.StartsWith(inside, StringComparison.Ordinal))
            {
                return full;
            }
        }

        throw new InvalidOperationException($"the output path \"{path}\" would leave the site folder");
    }
}
