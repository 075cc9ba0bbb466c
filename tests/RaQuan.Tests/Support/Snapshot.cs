using System.Security.Cryptography;

namespace RaQuan.Tests.Support;

/// <summary>Every file of a folder with a hash of its bytes, to compare whole outputs.</summary>
internal static class Snapshot
{
    /// <summary>The site's files; the marker every build leaves (not part of the site a session serves) is left out.</summary>
    public static IReadOnlyList<string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(folder, f) != RaQuan.Output.OutputMarker.Name)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The same listing for files kept in memory by a serve session.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, byte[]> files) =>
        files.Select(f => $"{f.Key.Replace('/', Path.DirectorySeparatorChar)} {Convert.ToHexString(SHA256.HashData(f.Value))}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
