namespace RaQuan.Loading;

/// <summary>Where things are in a site folder, and how to name files in messages.</summary>
internal sealed class ContentPaths(string siteDirectory)
{
    public string Root { get; } = Path.GetFullPath(siteDirectory);

    public string SiteFile => Path.Combine(Root, "site.yml");
    public string UnitsFile => Path.Combine(Root, "units.yml");
    public string PlansDirectory => Path.Combine(Root, "plans");
    public string PagesDirectory => Path.Combine(Root, "pages");
    public string CeremoniesDirectory => Path.Combine(Root, "ceremonies");
    public string StaticDirectory => Path.Combine(Root, "static");

    /// <summary>A path as the user typed it would read: relative to the working folder when inside it.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Resolves a path written in content (an attachment) against the site folder; null when it would
    /// leave the folder, so a plan cannot publish /etc/passwd.
    /// </summary>
    public string? ResolveInside(string relative)
    {
        // "C:/Windows" is not rooted on Linux, yet it is meant as another drive.
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Contains('\0')
            || (relative.Length >= 2 && relative[1] == ':'))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, relative));
        var rootWithSeparator = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? full : null;
    }
}
