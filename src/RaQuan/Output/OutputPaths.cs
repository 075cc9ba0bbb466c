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
}
