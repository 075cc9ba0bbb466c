using System.Runtime.InteropServices;

namespace RaQuan.Loading;

/// <summary>
/// Tells files that are not regular files or folders: a named pipe (FIFO), a socket, a device. Opening a pipe to read
/// it waits until something writes into it, so a build that read one hung for good; .NET's file listing calls them
/// all "Normal", hence the system call.
/// </summary>
internal static partial class SpecialFiles
{
    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Folder = 0x4000;

    /// <summary>Whether <paramref name="path"/> (its target, for a link) exists and is neither a regular file nor a folder.</summary>
    public static bool IsSpecial(string path)
    {
        // Windows has no such files in a folder; other systems than Linux are not supported by the native program.
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        // struct statx has one layout on every Linux architecture: stx_mode is the 16 bits at offset 28.
        var status = new byte[256];
        var name = Encoding.UTF8.GetBytes(path + "\0");
        if (Statx(AtCurrentFolder, name, 0, StatxType, status) != 0)
        {
            return false;
        }

        var type = MemoryMarshal.Read<ushort>(status.AsSpan(ModeOffset)) & TypeMask;
        return type is not (RegularFile or Folder);
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = false)]
    private static partial int Statx(int folder, byte[] path, int flags, uint mask, byte[] status);
}
