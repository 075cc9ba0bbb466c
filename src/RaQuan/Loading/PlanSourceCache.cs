using System.Collections.Concurrent;
using System.Security.Cryptography;
using RaQuan.Building;

namespace RaQuan.Loading;

/// <summary>
/// Keeps plans read by earlier builds of a <c>raquan serve</c> session: a plan file is read again only when its
/// size or time changed, and parsed again only when its bytes changed. Each plan carries a stamp of its bytes
/// so later stages can tell which plans changed.
/// </summary>
internal sealed class PlanSourceCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The stamp (a hash of the file's bytes) of each plan file last loaded, by the plan's display path.</summary>
    public ConcurrentDictionary<string, string> Stamps { get; } = new(StringComparer.Ordinal);

    public PlanSource? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics)
    {
        var info = new FileInfo(fullPath);
        var entry = _entries.GetValueOrDefault(fullPath);
        if (entry is null || entry.Length != info.Length || entry.Written != info.LastWriteTimeUtc)
        {
            // A file past the size limit is not read, not even to hash it: loading it reports the error.
            var stamp = info.Length > ContentLimits.MarkdownBytes
                ? $"{info.Length} {info.LastWriteTimeUtc.Ticks}"
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(fullPath)));
            if (entry is null || entry.Stamp != stamp)
            {
                var own = new Diagnostics(diagnostics.Stage);
                var plan = PlanLoader.Load(fullPath, paths, own);
                entry = new Entry(info.Length, info.LastWriteTimeUtc, stamp, plan, own.Items);
            }
            else
            {
                entry = entry with { Length = info.Length, Written = info.LastWriteTimeUtc };
            }

            _entries[fullPath] = entry;
        }

        foreach (var item in entry.Diagnostics)
        {
            diagnostics.Add(item);
        }

        Stamps[paths.Display(fullPath)] = entry.Stamp;
        return entry.Plan;
    }

    private sealed record Entry(long Length, DateTime Written, string Stamp, PlanSource? Plan, IReadOnlyList<BuildError> Diagnostics);
}
