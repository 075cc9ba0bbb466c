using System.Diagnostics;

namespace RaQuan.Output;

/// <summary>
/// One build at a time per output folder: a lock file beside it (<c>.OUT.lock</c>) held open with an exclusive
/// operating-system lock (<c>flock</c> on Linux and macOS, a share mode on Windows) for the whole build. The system
/// releases it when the process ends, however it ends, so a killed build never leaves the folder locked.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>The lock file of <paramref name="output"/>, kept between builds: deleting it could let two builds hold two files.</summary>
    public static string PathOf(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> while another build holds it.</summary>
    /// <exception cref="Building.BuildException">Another build still held it after <paramref name="wait"/>.</exception>
    public static OutputLock Take(string output, TimeSpan wait)
    {
        var path = PathOf(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (clock.Elapsed >= wait)
                {
                    throw new Building.BuildException([Building.ContentErrors.OutputLocked(output, wait)]);
                }

                Thread.Sleep(Retry);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
