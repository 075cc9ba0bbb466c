using Microsoft.Win32.SafeHandles;

namespace RaQuan.Output;

/// <summary>
/// Writes the files of one build, into a staging folder or (for <c>raquan serve</c>) into memory; thread-safe,
/// and refuses to write one path twice.
/// </summary>
internal sealed class OutputSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, byte[]?> _written = new(StringComparer.Ordinal);

    // Files a sink in memory serves from where they are copied from: output path → source file.
    private readonly ConcurrentDictionary<string, string> _onDisk = new(StringComparer.Ordinal);

    // Folders made so far: asking the file system again for every file cost a failed mkdir per file.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private readonly bool _replacing;

    /// <summary>Writes under <paramref name="root"/>.</summary>
    /// <param name="replacing">
    /// The folder holds the published site's files (<see cref="PreviousSite"/>), some of them the published files
    /// themselves: each file written replaces its namesake by a new file, never writing into it.
    /// </param>
    public OutputSink(string root, bool replacing = false) => (Root, _replacing) = (Path.GetFullPath(root), replacing);

    private OutputSink() => Root = null;

    /// <summary>A sink that keeps every file in memory: see <see cref="Files"/>.</summary>
    public static OutputSink InMemory() => new();

    public string? Root { get; }

    public int Count => _written.Count;

    /// <summary>The paths written so far.</summary>
    public IEnumerable<string> Paths => _written.Keys;

    /// <summary>Whether <paramref name="path"/> was written.</summary>
    public bool Wrote(string path) => _written.ContainsKey(path);

    /// <summary>
    /// Files copied as they are (static files, attachments) larger than this are not read into a sink in memory but
    /// served from their source (<see cref="FilesOnDisk"/>): a 3 GB file cannot be held in an array, and a session
    /// holding every PDF of a site would not need to.
    /// </summary>
    public const long InMemoryCopyLimit = 8 * 1024 * 1024;

    /// <summary>The files written, by path, when the sink is in memory, but for those in <see cref="FilesOnDisk"/>.</summary>
    public IReadOnlyDictionary<string, byte[]> Files =>
        Root is null
            ? _written.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal)
            : throw new InvalidOperationException("the sink writes to disk");

    /// <summary>The large files a sink in memory copied by reference: their path in the site → the file they come from.</summary>
    public IReadOnlyDictionary<string, string> FilesOnDisk => _onDisk;

    public void Write(string path, string content) => Write(path, Encode(content));

    /// <summary>Text as every output file holds it: UTF-8 without a byte order mark.</summary>
    public static byte[] Encode(string content) => Utf8.GetBytes(content);

    public void Write(string path, byte[] content) => Write(path, content, content);

    /// <summary>Writes bytes the caller keeps (copied only by a sink in memory).</summary>
    public void Write(string path, ReadOnlySpan<byte> content) => Write(path, content, null);

    // A sink in memory keeps the array given, or a copy of the bytes when there is none.
    private void Write(string path, ReadOnlySpan<byte> content, byte[]? array)
    {
        if (Claim(path, Root is null ? array ?? content.ToArray() : null) is { } full)
        {
            using var handle = Create(full);
            RandomAccess.Write(handle, content, 0);
        }
    }

    /// <summary>Writes a file as <paramref name="write"/> makes it, through a buffer rather than whole in memory.</summary>
    public void Write(string path, Action<Stream> write)
    {
        if (Root is null)
        {
            Claim(path, Bytes(write));
            return;
        }

        using var file = new FileStream(Create(Claim(path, null)!), FileAccess.Write, bufferSize: 64 * 1024);
        write(file);
    }

    /// <summary>What <paramref name="write"/> makes, in memory.</summary>
    public static byte[] Bytes(Action<Stream> write)
    {
        using var memory = new MemoryStream();
        write(memory);
        return memory.ToArray();
    }

    // Not File.WriteAllBytes: it preallocates every file (fallocate), which made writing a 10,000-plan site several
    // times slower on ext4. A new staging folder holds no file, so CreateNew also catches clashes.
    private SafeFileHandle Create(string full)
    {
        Replace(full);
        return File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: 0);
    }

    // In a folder holding the published site's files, a file about to be written is removed first: it may be a second
    // name of a published file, which writing into would change on the live site.
    private void Replace(string full)
    {
        if (_replacing)
        {
            File.Delete(full);
        }
    }

    /// <summary>
    /// Publishes the published site's file at <paramref name="path"/> as it is: a hard link to
    /// <paramref name="published"/> (a copy where links fail) in a new staging folder, nothing at all in one that
    /// already holds the published site's files.
    /// </summary>
    /// <returns>The file written when it is a copy, so the caller may give it the published file's time; else null.</returns>
    public string? KeepPublished(string published, string path)
    {
        if (!_replacing)
        {
            return Link(published, path);
        }

        // The file is there (the staging folder holds the published site's files), so its folder is too.
        Claim(path, null, folderMade: true);
        return null;
    }

    /// <summary>
    /// Publishes a file of the image cache: as a second name of the cached file (a hard link) when the output is on the
    /// same file system, else as a copy. A rebuild then writes no photo's bytes again (220 MB for a post of 200 photos,
    /// bench/README.md). The cached file is never written again once stored, and a build never writes into a file it
    /// published before (it writes a new file in its place), so the two names cannot drift apart.
    /// </summary>
    /// <returns>The file written when it is a copy (no link could be made), so the caller may give it the source's time; else null.</returns>
    public string? Link(string source, string path)
    {
        if (Root is null)
        {
            Copy(source, path);
            return null;
        }

        var full = Claim(path, null)!;
        Replace(full);
        if (HardLink.TryCreate(source, full))
        {
            return null;
        }

        File.Copy(source, full);
        return full;
    }

    public void Copy(string source, string path)
    {
        if (Root is null && new FileInfo(source).Length > InMemoryCopyLimit)
        {
            Claim(path, null);
            _onDisk[path] = source;
        }
        else if (Root is null)
        {
            Claim(path, File.ReadAllBytes(source));
        }
        else
        {
            var full = Claim(path, null)!;
            Replace(full);
            File.Copy(source, full);
        }
    }

    private string? Claim(string path, byte[]? content, bool folderMade = false)
    {
        if (!OutputPaths.IsSafe(path))
        {
            throw new InvalidOperationException($"the output path \"{path}\" would leave the site folder");
        }

        if (!_written.TryAdd(path, content))
        {
            throw new InvalidOperationException($"two outputs were written to \"{path}\"");
        }

        if (Root is null)
        {
            return null;
        }

        // Safe as checked above: no segment can climb out of the root, so no full-path resolution is needed.
        var full = Path.Combine(Root, path);
        if (folderMade)
        {
            return full;
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        return full;
    }
}
