using RaQuan.Building;

namespace RaQuan.Loading;

/// <summary>
/// Refuses symbolic links in the content folder that lead outside it: a link is a way to publish /etc or a
/// colleague's home folder without writing ".." anywhere. Links that stay inside the folder are fine.
/// </summary>
internal static class ContentLinks
{
    public static void Check(ContentPaths paths, Diagnostics diagnostics)
    {
        var roots = new[] { paths.Root, RealPath(paths.Root) }.Distinct(StringComparer.Ordinal).ToArray();
        var pending = new Stack<string>([paths.Root]);
        while (pending.Count > 0)
        {
            var entries = new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();

            // A system call per entry, the walk's whole cost: 0.4 s on one core for 50,000 plans.
            var links = new string?[entries.Length];
            Parallel.For(0, entries.Length, i => links[i] = entries[i].LinkTarget);
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                if (links[i] is not { } linkTarget)
                {
                    if (entry is DirectoryInfo)
                    {
                        pending.Push(entry.FullName);
                    }

                    continue;
                }

                // Not followed: what a link inside points to is walked where it really is.
                var target = Target(entry);
                if (target is null || !roots.Any(root => IsInside(target, root)))
                {
                    diagnostics.Add(ContentErrors.LinkOutside(paths.Display(entry.FullName), linkTarget, target is null));
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
