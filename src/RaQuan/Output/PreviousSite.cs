namespace RaQuan.Output;

/// <summary>What a build knows of the site published before the current one: its id, and every file in which the two differ.</summary>
/// <param name="Id">The id in the previous site's marker (<see cref="OutputMarker"/>).</param>
/// <param name="Changed">The files (paths in the site, <c>/</c> between folders) the current site added, changed or removed.</param>
internal sealed record PreviousSiteDiff(string Id, IReadOnlyCollection<string> Changed);

/// <summary>
/// The site published before the current one, kept beside the output as <c>.OUT.previous</c> by builds that keep a
/// cache. The next build takes it as its staging folder and brings it up to date with the published site by the
/// files the two differ in (a hard link to each published one), then writes only what it renders into it: publishing
/// then costs what changed rather than a new name for every file of the site and the deletion of the old tree.
/// </summary>
/// <remarks>
/// The previous site and the published one share most files (hard links): a build never writes into a file of the
/// staging folder, but removes it and writes a new one (<see cref="OutputSink"/>), so the published site stays as it
/// was until the swap. A build killed after taking the folder leaves a staging folder that the next build deletes;
/// that build then stages the site anew.
/// </remarks>
internal static class PreviousSite
{
    public static string FolderOf(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous");
    }

    /// <summary>
    /// Moves the previous site of <paramref name="output"/> to <paramref name="staging"/> and makes it a copy of the
    /// published site, when it is the site <paramref name="diff"/> describes. False, and nothing moved, otherwise.
    /// </summary>
    public static bool TryTake(string output, string staging, PreviousSiteDiff diff)
    {
        var previous = FolderOf(output);
        if (OutputMarker.IdOf(previous) != diff.Id)
        {
            return false;
        }

        Directory.Move(previous, staging);
        var published = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var path in diff.Changed)
        {
            if (!OutputPaths.IsSafe(path))
            {
                throw new InvalidOperationException($"the changed path \"{path}\" would leave the site folder");
            }

            var target = Path.Combine(staging, path);
            var folder = Path.GetDirectoryName(target)!;
            if (Directory.Exists(folder))
            {
                File.Delete(target);
            }

            var source = Path.Combine(published, path);
            if (!File.Exists(source))
            {
                continue;
            }

            Directory.CreateDirectory(folder);
            if (!HardLink.TryCreate(source, target))
            {
                File.Copy(source, target);
                File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
            }
        }

        return true;
    }

    /// <summary>The files of <paramref name="staging"/> (a previous site taken by <see cref="TryTake"/>), as paths in the site.</summary>
    public static IReadOnlyList<string> Files(string staging)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        return Directory.EnumerateFiles(staging, "*", options).Select(file => Path.GetRelativePath(staging, file).Replace('\\', '/')).ToList();
    }

    /// <summary>
    /// Deletes the files of <paramref name="staging"/> (a previous site taken by <see cref="TryTake"/>, whose files
    /// were <paramref name="files"/> before the build wrote into it) that this build did not write, and the folders
    /// left empty.
    /// </summary>
    /// <returns>The paths deleted: files the published site has and the new one has not.</returns>
    public static IReadOnlyList<string> RemoveUnwritten(string staging, IReadOnlyList<string> files, Func<string, bool> written)
    {
        var deleted = new List<string>();
        foreach (var path in files)
        {
            if (!written(path) && path != OutputMarker.Name)
            {
                File.Delete(Path.Combine(staging, path));
                deleted.Add(path);
            }
        }

        foreach (var folder in deleted.Select(p => Path.GetDirectoryName(Path.Combine(staging, p))!).Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length))
        {
            for (var f = folder; f.Length > staging.Length && Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any(); f = Path.GetDirectoryName(f)!)
            {
                Directory.Delete(f);
            }
        }

        return deleted;
    }

    /// <summary>Deletes the previous site of <paramref name="output"/>, renamed first so a build killed meanwhile leaves a folder the next one removes.</summary>
    public static void Delete(string output)
    {
        var folder = FolderOf(output);
        if (Directory.Exists(folder))
        {
            var trash = new StagingFolders(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar)).NewStaging() + StagingFolders.TrashSuffix;
            Directory.Move(folder, trash);
            Directory.Delete(trash, recursive: true);
        }
    }
}
