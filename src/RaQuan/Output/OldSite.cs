using System.Runtime.InteropServices;

namespace RaQuan.Output;

/// <summary>
/// Whether the site a build replaces can be deleted once the new one is in its place. Publishing moves the old site
/// aside and deletes it; a folder in it that cannot be changed (read-only, or immutable) failed that deletion after
/// the new site was published, so the build reported failure and left the remains behind. It is checked before.
/// </summary>
internal static partial class OldSite
{
    private const int WriteAndSearch = 2 | 1;

    /// <summary>The first folder of <paramref name="output"/> (itself included) whose entries cannot be removed; null when there is none.</summary>
    public static string? Unremovable(string output)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(output))
        {
            return null;
        }

        // Removing an entry takes write and search permission on its folder; access() also refuses an immutable one.
        return new[] { output }.Concat(Directory.EnumerateDirectories(output, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.ReparsePoint,
                IgnoreInaccessible = false,
            }))
            .FirstOrDefault(folder => Access(Encoding.UTF8.GetBytes(folder + "\0"), WriteAndSearch) != 0);
    }

    [LibraryImport("libc", EntryPoint = "access")]
    private static partial int Access(byte[] path, int mode);
}
