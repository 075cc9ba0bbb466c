using System.Security.Cryptography;

namespace RaQuan.Loading;

/// <summary>A plan file as a build read it: its size and modification time (ticks, UTC), and the stamp of its bytes.</summary>
/// <param name="Parsed">What it was read as, when the plan depends on its file alone (<see cref="ParsedPlan"/>).</param>
internal readonly record struct SourceStamp(long Length, long Written, string Stamp, ParsedPlan? Parsed = null);

/// <summary>
/// Keeps plans read by earlier builds of a <c>raquan serve</c> session: a plan file is read and parsed again only
/// when its size or time changed. Each plan carries a stamp of its bytes so later stages can tell which plans
/// changed; the file's bytes are hashed as they are read for parsing, once. An incremental <c>raquan build</c> gives
/// the stamps the last build recorded: a file with the size and modification time recorded is taken to hold the
/// bytes recorded (as <c>rsync</c> and <c>make</c> take it), and is parsed without being hashed; when the build recorded
/// what it was read as (<see cref="ParsedPlan"/>) and its attachments are as they were, it is not read at all.
/// </summary>
/// <param name="recorded">The stamps the last build recorded, asked for when the first plan is loaded; none in a serve session.</param>
internal sealed class PlanSourceCache(Func<IReadOnlyDictionary<string, SourceStamp>?>? recorded = null) : IPlanReader
{
    private readonly Lazy<IReadOnlyDictionary<string, SourceStamp>?> _recorded = new(() => recorded?.Invoke());
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Each plan file last loaded, by the plan's display path: its size, time and stamp (a hash of its bytes).</summary>
    public ConcurrentDictionary<string, SourceStamp> Stamps { get; } = new(StringComparer.Ordinal);

    // The files (full paths) and plans (display paths) loaded since the last sweep.
    private readonly ConcurrentDictionary<string, bool> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _stamped = new(StringComparer.Ordinal);

    /// <summary>Plan files kept, for the tests that check a session does not grow with its edits.</summary>
    public int Count => _entries.Count + Stamps.Count;

    /// <summary>Plan files whose bytes this cache hashed: those read for the first time, or changed.</summary>
    public int Hashed => _hashed;

    /// <summary>Plan files this cache read and parsed (the others were known by their size and time).</summary>
    public int Parsed => _parsed;

    private int _hashed;
    private int _parsed;

    /// <summary>The stamp of the plan file shown as <paramref name="display"/>; null when it was not loaded.</summary>
    public string? StampOf(string display) => Stamps.TryGetValue(display, out var stamp) ? stamp.Stamp : null;

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
        var display = paths.Display(fullPath);
        // A link (inside the content folder) is taken by what it leads to, as reading it does.
        var (length, written) = Output.FileStatus.Of(fullPath, out var size, out var ticks) == Output.FileStatus.Kind.Regular
            ? (size, new DateTime(ticks, DateTimeKind.Utc))
            : Followed(new FileInfo(fullPath));
        var entry = _entries.GetValueOrDefault(fullPath);
        if (entry is null || entry.Length != length || entry.Written != written)
        {
            var seen = entry is null && _recorded.Value is { } stamps && stamps.TryGetValue(display, out var s) && s.Length == length && s.Written == written.Ticks
                ? s
                : (SourceStamp?)null;
            if (seen is { Parsed: { } parsed } && parsed.AttachmentsAsRead(paths))
            {
                entry = new Entry(length, written, seen.Value.Stamp, parsed.Source(fullPath, display), [], parsed);
            }
            else
            {
                var known = seen?.Stamp;
                string? hashed = null;
                var own = new Diagnostics(diagnostics.Stage);
                var plan = PlanLoader.Load(fullPath, paths, own, known is null ? bytes => hashed = Convert.ToHexString(SHA256.HashData(bytes)) : null, out var read);
                Interlocked.Increment(ref _parsed);
                if (hashed is not null)
                {
                    Interlocked.Increment(ref _hashed);
                }

                // A file that could not be read (past the size limit, say: loading it reported why) is known by its size and time.
                entry = new Entry(length, written, known ?? hashed ?? $"{length} {written.Ticks}", plan, own.Items,
                    own.Items.Count == 0 && ParsedPlan.CarriesEveryField ? read : null);
            }

            _entries[fullPath] = entry;
        }

        foreach (var item in entry.Diagnostics)
        {
            diagnostics.Add(item);
        }

        Stamps[display] = new SourceStamp(entry.Length, entry.Written.Ticks, entry.Stamp, entry.Parsed);
        _stamped[display] = true;
        return entry.Plan;
    }

    private static (long Length, DateTime Written) Followed(FileInfo info) => (info.Length, info.LastWriteTimeUtc);

    private sealed record Entry(long Length, DateTime Written, string Stamp, PlanSource? Plan, IReadOnlyList<BuildError> Diagnostics, ParsedPlan? Parsed);
}
