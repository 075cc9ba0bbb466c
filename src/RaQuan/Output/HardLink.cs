using System.Runtime.InteropServices;

namespace RaQuan.Output;

/// <summary>A second name for a file (POSIX <c>link</c>), where the file system allows one.</summary>
internal static partial class HardLink
{
    /// <summary>Whether <paramref name="path"/> now names the file <paramref name="existing"/> names; false when it could not (another file system, Windows, no permission).</summary>
    public static bool TryCreate(string existing, string path) =>
        !OperatingSystem.IsWindows() && Link(Encoding.UTF8.GetBytes(existing + "\0"), Encoding.UTF8.GetBytes(path + "\0")) == 0;

    [LibraryImport("libc", EntryPoint = "link")]
    private static partial int Link(byte[] existing, byte[] path);
}
