namespace RaQuan.Images;

/// <summary>
/// The cache key of each photo a build read, by the photo's full path, size and modification time, kept in the image
/// cache folder (<c>photos.tsv</c>): a rebuild takes the key of a photo whose size and time are unchanged from here,
/// and reads and hashes only the photos that differ.
/// </summary>
/// <remarks>
/// Size and time alone would trust a photo written again within the same tick of the file system's clock (ext4 keeps
/// nanoseconds, FAT two seconds, some network mounts one), with the same size, after its key was taken. So each entry
/// also keeps when the photo was read, and is trusted only when the photo's time is at least <see cref="Racy"/> older
/// than that: any write after the read stamps a time later than the read less one tick, so a photo that still shows
/// the old time was not written since. A photo read within <see cref="Racy"/> of its last change is hashed again on
/// the next build, until it is old enough (git's "racily clean" index entries, the same rule). What it cannot see is a
/// photo replaced on purpose by another of the same size with its old time put back (<c>touch -r</c>); rsync and
/// make do not see that either.
/// </remarks>
internal sealed class PhotoFingerprints
{
    private const string FileName = "photos.tsv";

    /// <summary>Longer than the coarsest file-system clock in use (FAT's two seconds).</summary>
    public static readonly TimeSpan Racy = TimeSpan.FromSeconds(3);

    private readonly string _file;
    private readonly string _settingsKey;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, Entry> _entries;
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private int _changes;

    private PhotoFingerprints(string file, string settingsKey, TimeProvider clock, ConcurrentDictionary<string, Entry> entries)
    {
        _file = file;
        _settingsKey = settingsKey;
        _clock = clock;
        _entries = entries;
    }

    /// <summary>The fingerprints kept in <paramref name="cacheRoot"/> for these settings; none when the file is missing, unreadable or for other settings.</summary>
    public static PhotoFingerprints Load(string cacheRoot, string settingsKey, TimeProvider? clock = null)
    {
        var file = Path.Combine(cacheRoot, FileName);
        var entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(file);
            if (reader.ReadLine() == settingsKey)
            {
                while (reader.ReadLine() is { } line)
                {
                    // key, size, time, read at (UTC ticks), then the path, which may hold tabs.
                    var f = line.Split('\t', 5);
                    if (f.Length == 5 && long.TryParse(f[1], CultureInfo.InvariantCulture, out var length)
                        && long.TryParse(f[2], CultureInfo.InvariantCulture, out var time) && long.TryParse(f[3], CultureInfo.InvariantCulture, out var read))
                    {
                        entries[f[4]] = new Entry(f[0], length, time, read);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No fingerprints: every photo is hashed, as on a first build.
        }

        return new PhotoFingerprints(file, settingsKey, clock ?? TimeProvider.System, entries);
    }

    /// <summary>The key recorded for the photo at <paramref name="fullPath"/>, when its size and time say it is unchanged.</summary>
    public string? KeyOf(string fullPath, FileInfo info)
    {
        _seen[fullPath] = true;
        return _entries.TryGetValue(fullPath, out var e) && e.Length == info.Length && e.Time == info.LastWriteTimeUtc.Ticks
            && e.Time < e.ReadAt - Racy.Ticks
            ? e.Key
            : null;
    }

    /// <summary>The moment a photo is about to be read, to pass to <see cref="Record"/>.</summary>
    public long Now() => _clock.GetUtcNow().UtcTicks;

    /// <summary>Records the key of a photo read from <paramref name="readAt"/> on, with its size and time taken before the read.</summary>
    public void Record(string fullPath, FileInfo info, long readAt, string key)
    {
        // One line per photo: a path with a line break cannot be kept, and is hashed on every build.
        if (fullPath.Contains('\n', StringComparison.Ordinal) || fullPath.Contains('\r', StringComparison.Ordinal))
        {
            return;
        }

        _seen[fullPath] = true;
        _entries[fullPath] = new Entry(key, info.Length, info.LastWriteTimeUtc.Ticks, readAt);
        Interlocked.Increment(ref _changes);
    }

    /// <summary>
    /// Writes the fingerprints when a photo was hashed, dropping those of photos that are gone. Written under a
    /// temporary name and renamed, so a build stopped half-way or two at once leave a whole file; a lost entry only
    /// costs a hash.
    /// </summary>
    public void Save()
    {
        foreach (var path in _entries.Keys)
        {
            if (!_seen.ContainsKey(path) && !File.Exists(path))
            {
                _entries.TryRemove(path, out _);
                _changes++;
            }
        }

        if (_changes == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = $"{_file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllLines(temporary, _entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Value.Key}\t{e.Value.Length}\t{e.Value.Time}\t{e.Value.ReadAt}\t{e.Key}")).Prepend(_settingsKey));
            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build hashes the photos again; nothing published depends on this file.
        }
    }

    private sealed record Entry(string Key, long Length, long Time, long ReadAt);
}
