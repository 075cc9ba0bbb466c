using System.Security.Cryptography;

namespace RaQuan.Loading;

/// <summary>
/// Keeps plans read by earlier builds of a <c>raquan serve</c> session: a plan file is read again only when its
/// size or time changed, and parsed again only when its bytes changed. Each plan carries a stamp of its bytes
/// so later stages can tell which plans changed.
/// </summary>
internal sealed class PlanSourceCache : IPlanReader
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The stamp (a hash of the file's bytes) of each plan file last loaded, by the plan's display path.</summary>
    public ConcurrentDictionary<string, string> Stamps { get; } = new(StringComparer.Ordinal);

    // The files (full paths) and plans (display paths) loaded since the last sweep.
    private readonly ConcurrentDictionary<string, bool> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _stamped = new(StringComparer.Ordinal);

    /// <summary>Plan files kept, for the tests that check a session does not grow with its edits.</summary>
    public int Count => _entries.Count + Stamps.Count;

    /// <summary>Forgets the plan files that the loads since the last sweep did not read: those deleted or renamed.</summary>
    public void Sweep()
    {
        foreach (var file in _entries.Keys.Where(f => !_loaded.ContainsKey(f)))
        {
            _entries.TryRemove(file, out _);
        }

        foreach (var display in Stamps.Keys.Where(d => !_stamped.ContainsKey(d)))
        {
            Stamps.TryRemove(display, out _);
        }

        _loaded.Clear();
        _stamped.Clear();
    }

    public PlanSource? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics)
    {
        _loaded[fullPath] = true;
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

        var display = paths.Display(fullPath);
        Stamps[display] = entry.Stamp;
        _stamped[display] = true;
        return entry.Plan;
    }

    private sealed record Entry(long Length, DateTime Written, string Stamp, PlanSource? Plan, IReadOnlyList<BuildError> Diagnostics);
}
