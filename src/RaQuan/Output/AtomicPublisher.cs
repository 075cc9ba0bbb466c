namespace RaQuan.Output;

/// <summary>
/// Builds into a staging folder beside the output and swaps it in only when the build succeeded, so a failed or
/// killed build leaves the previous site as it was.
/// </summary>
internal sealed class AtomicPublisher
{
    private readonly string _output;

    public AtomicPublisher(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("the output cannot be a root folder", nameof(output));
        Directory.CreateDirectory(parent);

        // Same parent folder, so the final moves are renames on one file system.
        Staging = Path.Combine(parent, $".{Path.GetFileName(_output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

    /// <summary>Replaces the output with the staging folder.</summary>
    public void Commit()
    {
        var old = Staging + ".old";
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
            Directory.Delete(old, recursive: true);
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
