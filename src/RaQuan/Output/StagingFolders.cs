using System.Diagnostics;

namespace RaQuan.Output;

/// <summary>
/// The temporary folders of builds beside an output folder, named <c>.OUT.staging-PID-GUID</c> (and that name with
/// <c>.old</c> or <c>.trash</c>), and the clean-up after builds that were killed.
/// </summary>
internal sealed partial class StagingFolders(string output)
{
    public const string OldSuffix = ".old";
    public const string TrashSuffix = ".trash";

    private readonly string _parent = Path.GetDirectoryName(output)!;
    private readonly string _name = Path.GetFileName(output);

    public string NewStaging() =>
        Path.Combine(_parent, $".{_name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Puts back an output that a killed build had moved aside, then deletes the folders of builds whose process is
    /// gone. Folders of a build still running in another process are left alone.
    /// </summary>
    public void RecoverAndClean()
    {
        var stale = Directory.EnumerateDirectories(_parent, $".{_name}.staging-*")
            .Select(path => (Path: path, Match: Pattern().Match(Path.GetFileName(path))))
            .Where(f => f.Match.Success && f.Match.Groups["name"].Value == _name
                && int.TryParse(f.Match.Groups["pid"].Value, CultureInfo.InvariantCulture, out var pid) && IsGone(f.Path, pid))
            .ToList();

        // Only ".old" holds a whole site: it was the output until the killed build's second rename.
        var aside = stale
            .Where(f => f.Match.Groups["suffix"].Value == OldSuffix)
            .OrderByDescending(f => Directory.GetLastWriteTimeUtc(f.Path))
            .Select(f => f.Path)
            .FirstOrDefault();
        if (aside is not null && !Directory.Exists(output))
        {
            Directory.Move(aside, output);
        }

        foreach (var (path, _) in stale)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    /// <summary>
    /// True when the process that made the folder has exited. A process with that id that started after the folder
    /// was last written is another program that was given a reused id.
    /// </summary>
    private static bool IsGone(string folder, int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime() > Directory.GetLastWriteTimeUtc(folder);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.staging-(?<pid>[0-9]{1,10})-[0-9a-f]{32}(?<suffix>\.old|\.trash)?$")]
    private static partial Regex Pattern();
}
