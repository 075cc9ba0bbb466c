namespace RaQuan.Output;

/// <summary>
/// Builds into a staging folder beside the output and swaps it in only when the build succeeded, so a failed or
/// killed build leaves the previous site as it was.
/// </summary>
/// <remarks>
/// The swap is two renames (output → <c>.old</c>, staging → output). A build killed between them leaves no output
/// but a complete <c>.old</c>; the next build puts it back before anything else. Folders left by killed builds are
/// removed by the next build once the process that made them is gone (<see cref="StagingFolders"/>).
/// </remarks>
internal sealed class AtomicPublisher
{
    private readonly string _output;

    public AtomicPublisher(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("the output cannot be a root folder", nameof(output));
        Directory.CreateDirectory(parent);

        // Same parent folder, so the final moves are renames on one file system.
        Staging = new StagingFolders(_output).NewStaging();
        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

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
    /// <param name="linked">Whether a staged file (its path in the site) is a link to its published namesake: equal without reading.</param>
    /// <exception cref="Building.BuildException">The old site cannot be deleted: nothing is published.</exception>
    public void Commit(string id, Func<string, bool>? linked = null)
    {
        if (OldSite.Unremovable(_output) is { } folder)
        {
            throw new Building.BuildException([Building.ContentErrors.OutputNotRemovable(folder)]);
        }

        OutputMarker.Write(Staging, id);
        Unchanged = UnchangedFiles.KeepTimes(_output, Staging, linked);
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

        if (hadOutput)
        {
            // Renamed first so a build killed while deleting leaves a folder that is never mistaken for a site to restore.
            var trash = Staging + StagingFolders.TrashSuffix;
            Directory.Move(old, trash);
            Directory.Delete(trash, recursive: true);
        }
    }

    /// <summary>Removes the staging folder after a failed build.</summary>
    public void Abandon()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
