using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace RaQuan.Output;

/// <summary>
/// One build at a time per output folder: a lock file beside it (<c>.OUT.lock</c>) held with an exclusive
/// operating-system lock for the whole build (<c>flock</c>; on Windows, the file opened for no one else). The system
/// releases it when the process ends, however it ends, so a killed build never leaves the folder locked.
/// </summary>
/// <remarks>
/// <c>flock</c> is called here rather than left to <see cref="FileShare.None"/>: the program turns .NET's own file
/// locking off (<c>System.IO.DisableFileLocking</c>, thousands of calls fewer a build), which makes FileShare ignored.
/// </remarks>
internal sealed partial class OutputLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int DoNotBlock = 4;
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);
    private readonly SafeFileHandle _file;

    private OutputLock(SafeFileHandle file) => _file = file;

    /// <summary>The lock file of <paramref name="output"/>, kept between builds: deleting it could let two builds hold two files.</summary>
    public static string PathOf(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> while another build holds it.</summary>
    /// <exception cref="Building.BuildException">Another build still held it after <paramref name="wait"/>.</exception>
    public static async Task<OutputLock> TakeAsync(string output, TimeSpan wait, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        OutputLock? taken;
        while ((taken = TryTake(output)) is null)
        {
            if (clock.Elapsed >= wait)
            {
                throw new Building.BuildException([Building.ContentErrors.OutputLocked(output, wait)]);
            }

            await Task.Delay(Retry, cancellation);
        }

        return taken;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The lock, or null when another build holds it.</summary>
    public static OutputLock? TryTake(string output)
    {
        var path = PathOf(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, OperatingSystem.IsWindows() ? FileShare.None : FileShare.ReadWrite);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // Windows: another build has it open; elsewhere, .NET's own lock where it is on
        }

        // A file system without flock (some network shares) refuses with another error: build without the lock there
        // rather than wait for one that can never be taken.
        if (!OperatingSystem.IsWindows() && Flock(file, LockExclusive | DoNotBlock) != 0
            && Marshal.GetLastPInvokeError() == (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 35 : 11))
        {
            file.Dispose();
            return null;
        }

        return new OutputLock(file);
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(SafeFileHandle file, int operation);
}
