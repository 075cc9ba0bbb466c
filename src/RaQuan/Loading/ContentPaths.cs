namespace RaQuan.Loading;

/// <summary>Where things are in a site folder, and how to name files in messages.</summary>
internal sealed class ContentPaths(string siteDirectory)
{
    public string Root { get; } = Path.GetFullPath(siteDirectory);

    // Asked of the system once: Display is called for every plan, and the working folder does not change during a build.
    private readonly string _workingFolder = Environment.CurrentDirectory;

    public string SiteFile => Path.Combine(Root, "site.yml");
    public string UnitsFile => Path.Combine(Root, "units.yml");
    public string PlansDirectory => Path.Combine(Root, "plans");
    public string PagesDirectory => Path.Combine(Root, "pages");
    public string CeremoniesDirectory => Path.Combine(Root, "ceremonies");
    public string StaticDirectory => Path.Combine(Root, "static");

    // Filled by the walk of ContentLinks before any file is read, read only after it.
    private readonly HashSet<string> _special = new(StringComparer.Ordinal);

    /// <summary>Marks a pipe, socket or device found in the folder: every reader passes it over.</summary>
    public void MarkSpecial(string fullPath) => _special.Add(fullPath);

    /// <summary>Whether the file is a pipe, socket or device that the walk of the folder found.</summary>
    public bool IsSpecial(string fullPath) => _special.Contains(fullPath);

    /// <summary>The files of a folder as <see cref="Directory.EnumerateFiles(string, string, SearchOption)"/> lists them, without pipes, sockets and devices, sorted ordinally so the build does not depend on the file system's listing order.</summary>
    public IEnumerable<string> Files(string directory, string pattern, SearchOption option) =>
        Directory.EnumerateFiles(directory, pattern, option).Where(f => !_special.Contains(f)).Order(StringComparer.Ordinal);

    /// <summary>
    /// Whether a file of static/ (its path in the site) is kept out of the site: any with a name starting
    /// with "." anywhere in their path (.env, .git/, .htpasswd hold secrets and editor state), except .well-known/
    /// (RFC 8615), which is meant to be served.
    /// </summary>
    public static bool IsPrivateStatic(string path) => HiddenPart(path) is not null;

    /// <summary>The names in static/ that start with "." and are not published, each folder once ("static/.git/").</summary>
    public IEnumerable<string> HiddenStaticNames() =>
        StaticFiles().Select(f => HiddenPart(f.Path)).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(part => Display(Path.Combine(StaticDirectory, part)) + (part.EndsWith('/') ? "/" : ""));

    /// <summary>The files of static/, with their paths in the site.</summary>
    public IEnumerable<(string File, string Path)> StaticFiles() =>
        Directory.Exists(StaticDirectory)
            ? Files(StaticDirectory, "*", SearchOption.AllDirectories)
                .Select(file => (file, Path.GetRelativePath(StaticDirectory, file).Replace(Path.DirectorySeparatorChar, '/')))
            : [];

    /// <summary>".git/config" → ".git/", "img/.DS_Store" → "img/.DS_Store", ".well-known/security.txt" → null.</summary>
    private static string? HiddenPart(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('.') && !(i == 0 && segments[i] == ".well-known" && segments.Length > 1))
            {
                return string.Join('/', segments[..(i + 1)]) + (i < segments.Length - 1 ? "/" : "");
            }
        }

        return null;
    }

    /// <summary>A path as the user typed it would read: relative to the working folder when inside it.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(_workingFolder, fullPath);
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
