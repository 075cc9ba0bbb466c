namespace RaQuan.Output;

/// <summary>
/// Builds into a staging folder beside the output and swaps it in only when the build succeeded, so a failed or
/// killed build leaves the previous site as it was.
/// </summary>
/// <remarks>
/// The swap is two renames (output → <c>.old</c>, staging → output). A build killed between them leaves no output
/// but a complete <c>.old</c>; the next build puts it back before anything else. Folders left by killed builds are
/// removed by the next build once the process that made them is gone (<see cref="StagingFolders"/>). A build that keeps
/// a cache keeps the replaced site too, as the previous site the next build stages into (<see cref="PreviousSite"/>).
/// </remarks>
internal sealed class AtomicPublisher
{
    private readonly string _output;
    private readonly PreviousSiteDiff? _previous;

    // The walks of the trees the commit goes through, started with the build and run while it renders: whether the
    // site to be replaced has a folder that cannot be changed, and the files of a previous site taken as the staging
    // folder (what the build does not write of them is deleted). Neither tree changes meanwhile but by this build's
    // writes into the staging folder, which the commit tells from the others by the paths written.
    private readonly Task<string?> _unremovable;
    private readonly Task<IReadOnlyList<string>>? _staged;

    /// <param name="previous">
    /// The previous site and how it differs from the published one, when a cache recorded it: the staging folder is
    /// then that site brought up to date (<see cref="PreviousSite.TryTake"/>), when it is still there.
    /// </param>
    public AtomicPublisher(string output, PreviousSiteDiff? previous = null)
    {
        (_output, _previous) = (Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar), previous);
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("the output cannot be a root folder", nameof(output));
        Directory.CreateDirectory(parent);

        // Same parent folder, so the final moves are renames on one file system.
        Staging = new StagingFolders(_output).NewStaging();
        Reused = previous is not null && PreviousSite.TryTake(_output, Staging, previous);
        if (!Reused)
        {
            Directory.CreateDirectory(Staging);
        }

        _unremovable = Task.Run(() => OldSite.Unremovable(_output));
        _staged = Reused ? Task.Run(() => PreviousSite.Files(Staging)) : null;
    }

    public string Staging { get; }

    /// <summary>Whether the staging folder is the previous site brought up to date, rather than a new folder.</summary>
    public bool Reused { get; }

    /// <summary>The id of the site the commit replaced; null when there was none, or it had no marker.</summary>
    public string? ReplacedId { get; private set; }

    /// <summary>The files in which the published site differs from the one it replaced (added, changed or removed).</summary>
    public IReadOnlyCollection<string> Changed { get; private set; } = [];

    /// <summary>Files of the published site that the commit left with their bytes and modification time.</summary>
    public int Unchanged { get; private set; }

    /// <summary>
    /// Undoes what killed builds left: puts back a site moved aside mid-swap and removes their folders. Runs before
    /// anything else in a build, so even a build that then fails on its content repairs the output.
    /// </summary>
    public static void Recover(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetDirectoryName(full) is { } parent && Directory.Exists(parent))
        {
            new StagingFolders(full).RecoverAndClean();
        }
    }

    /// <summary>
    /// Replaces the output with the staging folder. Staged files equal to the published ones first take their
    /// modification times (<see cref="UnchangedFiles"/>).
    /// </summary>
    /// <param name="id">The build's id, written into the output marker (<see cref="OutputMarker"/>).</param>
    /// <param name="written">
    /// What this build wrote into the staging folder: in a reused staging folder, the other files are deleted, so its
    /// paths are all the files of the site.
    /// </param>
    /// <param name="linked">Whether a staged file (its path in the site) is its published namesake: equal without reading.</param>
    /// <param name="keepReplaced">Keep the replaced site as the previous site (<see cref="PreviousSite"/>) rather than delete it.</param>
    /// <exception cref="Building.BuildException">The old site cannot be deleted: nothing is published.</exception>
    public void Commit(string id, OutputSink written, Func<string, bool>? linked = null, bool keepReplaced = false)
    {
        if (_unremovable.GetAwaiter().GetResult() is { } folder)
        {
            throw new Building.BuildException([Building.ContentErrors.OutputNotRemovable(folder)]);
        }

        var removed = _staged is not null ? PreviousSite.RemoveUnwritten(Staging, _staged.GetAwaiter().GetResult(), written.Wrote) : [];
        OutputMarker.Write(Staging, id);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        Unchanged = UnchangedFiles.KeepTimes(_output, Staging, written.Paths.Append(OutputMarker.Name), linked, changed);
        changed.UnionWith(removed);
        ReplacedId = OutputMarker.IdOf(_output);
        if (!Reused && keepReplaced && Directory.Exists(_output))
        {
            changed.UnionWith(UnchangedFiles.Missing(_output, written.Wrote));
        }

        Changed = changed;
        var old = Staging + StagingFolders.OldSuffix;
        var hadOutput = Directory.Exists(_output);
        if (hadOutput)
        {
            Directory.Move(_output, old);
        }

        try
        {
            Directory.Move(Staging, _output);
        }
        catch
        {
            if (hadOutput)
            {
                Directory.Move(old, _output);
            }

            throw;
        }

        // A previous site not taken by this build no longer differs from the published one as any cache says.
        PreviousSite.Delete(_output);
        if (hadOutput && keepReplaced)
        {
            Directory.Move(old, PreviousSite.FolderOf(_output));
        }
        else if (hadOutput)
        {
            // Renamed first so a build killed while deleting leaves a folder that is never mistaken for a site to restore.
            var trash = Staging + StagingFolders.TrashSuffix;
            Directory.Move(old, trash);
            Directory.Delete(trash, recursive: true);
        }
    }

    /// <summary>
    /// Removes the staging folder after a failed build. A previous site taken for it that the build did not write
    /// into yet (it stopped on its content before rendering) is put back for the next build, as the previous site the
    /// cache names: it holds the published site's files, which the changes recorded lead to again.
    /// </summary>
    /// <param name="written">Whether the build wrote anything into the staging folder.</param>
    public void Abandon(bool written = true)
    {
        // The walks end before the staging folder is moved or deleted; what they found no longer matters.
        foreach (var walk in new Task?[] { _unremovable, _staged })
        {
            try
            {
                walk?.Wait();
            }
            catch (AggregateException)
            {
            }
        }

        if (Reused && !written && _previous is not null && Directory.Exists(Staging) && !Directory.Exists(PreviousSite.FolderOf(_output)))
        {
            OutputMarker.Write(Staging, _previous.Id);
            Directory.Move(Staging, PreviousSite.FolderOf(_output));
            return;
        }

        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
