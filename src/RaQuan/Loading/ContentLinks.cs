using System.IO.Enumeration;

namespace RaQuan.Loading;

/// <summary>
/// Refuses symbolic links in the content folder that lead outside it: a link is a way to publish /etc or a
/// colleague's home folder without writing ".." anywhere. Links that stay inside the folder are fine. The same walk
/// finds pipes, sockets and devices (<see cref="SpecialFiles"/>), which every reader then passes over with a warning.
/// </summary>
internal static class ContentLinks
{
    public static void Check(ContentPaths paths, Diagnostics diagnostics)
    {
        var roots = new[] { paths.Root, RealPath(paths.Root) }.Distinct(StringComparer.Ordinal).ToArray();
        var pending = new Stack<string>([paths.Root]);
        while (pending.Count > 0)
        {
            // Paths and kinds as the directory listing gives them: making a FileSystemInfo of each entry asked its
            // status too, a system call per file on one core (0.2 s for 50,000 plans). The listing also tells which
            // entries are links (as a reparse point), which the file system gives there or .NET asks it for.
            var entries = new FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink)>(pending.Pop(),
                (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }).ToArray();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Path, b.Path));

            foreach (var (path, isDirectory, isLink) in entries)
            {
                // Only links are read: reading every entry as a link was a system call per plan, 0.4 s on one core
                // for 50,000 plans, and with the files not in memory it waited on the disk.
                if (!isDirectory && SpecialFiles.IsSpecial(path))
                {
                    paths.MarkSpecial(path);
                    diagnostics.Add(ContentErrors.SpecialFileSkipped(paths.Display(path)));
                }

                if ((isLink ? new FileInfo(path).LinkTarget : null) is not { } linkTarget)
                {
                    if (isDirectory)
                    {
                        pending.Push(path);
                    }

                    continue;
                }

                // Not followed: what a link inside points to is walked where it really is.
                var target = Target(isDirectory ? new DirectoryInfo(path) : new FileInfo(path));
                if (target is null || !roots.Any(root => IsInside(target, root)))
                {
                    diagnostics.Add(ContentErrors.LinkOutside(paths.Display(path), linkTarget, target is null));
                }
            }
        }
    }

    private static string? Target(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is { } final ? RealPath(final.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The path with every link along it resolved, so a link to "inside/../../outside" is judged where it lands.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } final)
            {
                current = RealPath(final.FullName);
            }
        }

        return current;
    }

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
