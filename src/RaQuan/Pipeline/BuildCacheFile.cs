using System.Security.Cryptography;

namespace RaQuan.Pipeline;

/// <summary>What a published file was made from, as a build recorded it: its render key's hash, and its size and time once published.</summary>
internal readonly record struct OutputRecord(byte[] Key, long Length, long Written);

/// <summary>
/// What a build recorded of a plan's rendered body, which the next build takes while the plan's file has the same
/// stamp rather than rendering the body again: its excerpt and the files of files/ it shows. The body is a function
/// of the plan's file and its page's address (the key of the record) in one site stamp. Not its search text: the
/// search index knows an unchanged plan by its stamp (<see cref="Search.RecordedSearchIndex"/>).
/// </summary>
/// <param name="Page">
/// The hash of what the plan's page was made from (<see cref="Rendering.Caching.RenderKeys.PlanInputsHash"/>) when its
/// files were recorded; null when it could not be told. A page made from the same is taken from the published site
/// without its model being made.
/// </param>
internal sealed record PlanDigest(string Stamp, string Excerpt, IReadOnlyList<string> Files, byte[]? Page = null);

/// <summary>
/// The cache a build leaves for the next one (<see cref="DiskBuildCache"/>), as one file in the cache folder: which
/// RaQuan build and which site made it, the site stamp, the id of the site it published (also in the output's marker,
/// <see cref="Output.OutputMarker"/>), and for each file of that site its render key and its size and modification
/// time; and the id of the site published before it (kept beside the output, <see cref="Output.PreviousSite"/>) with
/// the files in which the two differ; by the address of its page, each plan's <see cref="PlanDigest"/>; and the record
/// of the published search index (<see cref="Search.SearchRecord"/>); and the size, time and stamp of each plan file
/// read (<see cref="Loading.SourceStamp"/>) and, for most, what it was read as (<see cref="Loading.ParsedPlan"/>), by its display
/// path. No file's bytes: those are in the published site. The file ends with a SHA-256
/// of all before it, so a truncated or damaged file is told from a good one.
/// </summary>
internal sealed record BuildCacheFile(
    string Build, string Site, string SiteStamp, string PublishedId, IReadOnlyDictionary<string, OutputRecord> Outputs,
    string? PreviousId, IReadOnlyCollection<string> Changed, IReadOnlyDictionary<string, PlanDigest> Plans, Search.SearchRecord? Search)
{
    public const string FileName = "build-cache.bin";

    // Raised when what the file holds, or what a key covers, changes meaning.
    internal const int FormatVersion = 6;

    /// <summary>Each plan file the build read, by its display path: its size, time and stamp.</summary>
    public IReadOnlyDictionary<string, Loading.SourceStamp> Sources { get; init; } = new Dictionary<string, Loading.SourceStamp>();
    private const string Magic = "RaQuan build cache";

    /// <summary>Why a cache file was not used.</summary>
    public enum Refusal { None, Missing, Damaged, OtherVersion, OtherBuild, OtherSite }

    /// <summary>
    /// What a build needs of the cache before it renders, read at once, and the rest, read in the background meanwhile.
    /// </summary>
    /// <param name="Whole">The whole cache; null when its records cannot be read (the file was checked whole before).</param>
    public sealed record Opened(string SiteStamp, string PublishedId, string? PreviousId, IReadOnlyCollection<string> Changed, Task<BuildCacheFile?> Whole);

    /// <summary>
    /// Reads the cache in <paramref name="folder"/>: its checksum, which build and site made it, and the site it
    /// published and the one before, at once; each file's record, the plans' and the search index's, in the
    /// background (<see cref="Opened.Whole"/>). Null, with the reason, when there is none or it cannot be trusted.
    /// </summary>
    public static Opened? Read(string folder, string build, string site, out Refusal refusal)
    {
        var path = Path.Combine(folder, FileName);
        refusal = Refusal.None;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            refusal = Refusal.Missing;
            return null;
        }

        if (bytes.Length < SHA256.HashSizeInBytes
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - SHA256.HashSizeInBytes)))
        {
            refusal = Refusal.Damaged;
            return null;
        }

        var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - SHA256.HashSizeInBytes), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
            {
                refusal = Refusal.Damaged;
                return null;
            }

            if (reader.ReadInt32() != FormatVersion)
            {
                refusal = Refusal.OtherVersion;
                return null;
            }

            var (madeBy, madeFor) = (reader.ReadString(), reader.ReadString());
            if (madeBy != build || madeFor != site)
            {
                refusal = madeBy != build ? Refusal.OtherBuild : Refusal.OtherSite;
                return null;
            }

            var (stamp, published) = (reader.ReadString(), reader.ReadString());
            var previous = reader.ReadString() is { Length: > 0 } id ? id : null;
            var changed = new string[reader.ReadInt32()];
            for (var i = 0; i < changed.Length; i++)
            {
                changed[i] = reader.ReadString();
            }

            var whole = Task.Run(() => ReadRecords(reader, new BuildCacheFile(madeBy, madeFor, stamp, published, new Dictionary<string, OutputRecord>(), previous, changed, new Dictionary<string, PlanDigest>(), null)));
            return new Opened(stamp, published, previous, changed, whole);
        }
        catch (Exception e) when (IsDamage(e))
        {
            refusal = Refusal.Damaged;
            return null;
        }
    }

    // The records after the head, into the head read; null when they cannot be read.
    private static BuildCacheFile? ReadRecords(BinaryReader reader, BuildCacheFile head)
    {
        using var _ = reader;
        try
        {
            var count = reader.ReadInt32();
            var outputs = new Dictionary<string, OutputRecord>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                outputs[reader.ReadString()] = new OutputRecord(reader.ReadBytes(SHA256.HashSizeInBytes), reader.ReadInt64(), reader.ReadInt64());
            }

            var planCount = reader.ReadInt32();
            var plans = new Dictionary<string, PlanDigest>(planCount, StringComparer.Ordinal);
            for (var i = 0; i < planCount; i++)
            {
                plans[reader.ReadString()] = ReadDigest(reader);
            }

            var search = reader.ReadBoolean() ? RaQuan.Search.SearchRecord.Read(reader) : null;
            var sourceCount = reader.ReadInt32();
            var sources = new Dictionary<string, Loading.SourceStamp>(sourceCount, StringComparer.Ordinal);
            for (var i = 0; i < sourceCount; i++)
            {
                var display = reader.ReadString();
                sources[display] = new Loading.SourceStamp(
                    reader.ReadInt64(), reader.ReadInt64(), reader.ReadString(), reader.ReadBoolean() ? Loading.ParsedPlan.Read(reader, display) : null);
            }

            return head with { Outputs = outputs, Plans = plans, Search = search, Sources = sources };
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
    }

    private static bool IsDamage(Exception e) => e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException;

    /// <summary>
    /// Writes the cache into <paramref name="folder"/> under a temporary name, then renames it over the old one: a
    /// build killed meanwhile leaves the old cache whole (which then no longer matches the published site's id).
    /// </summary>
    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);

        // Builds of one output take turns (Output.OutputLock): a temporary file left is a killed build's.
        foreach (var left in Directory.EnumerateFiles(folder, FileName + ".*.tmp"))
        {
            File.Delete(left);
        }

        var temporary = Path.Combine(folder, $"{FileName}.{Environment.ProcessId}.tmp");
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            using var hashed = new HashingStream(file);
            using (var w = new BinaryWriter(hashed, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(FormatVersion);
                w.Write(Build);
                w.Write(Site);
                w.Write(SiteStamp);
                w.Write(PublishedId);
                w.Write(PreviousId ?? "");
                w.Write(Changed.Count);
                foreach (var path in Changed.Order(StringComparer.Ordinal))
                {
                    w.Write(path);
                }

                WriteByPath(w, Outputs, (w, record) =>
                {
                    w.Write(record.Key);
                    w.Write(record.Length);
                    w.Write(record.Written);
                });

                WriteByPath(w, Plans, WriteDigest);

                w.Write(Search is not null);
                Search?.Write(w);
                WriteByPath(w, Sources, (w, display, source) =>
                {
                    w.Write(source.Length);
                    w.Write(source.Written);
                    w.Write(source.Stamp);
                    w.Write(source.Parsed is not null);
                    source.Parsed?.Write(w, display);
                });
            }

            file.Write(hashed.Hash());
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    private static PlanDigest ReadDigest(BinaryReader reader)
    {
        var (stamp, excerpt) = (reader.ReadString(), reader.ReadString());
        var files = new string[reader.ReadInt32()];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = reader.ReadString();
        }

        return new PlanDigest(stamp, excerpt, files, reader.ReadBoolean() ? reader.ReadBytes(SHA256.HashSizeInBytes) : null);
    }

    // The count, then each item by its path in ordinal order, so equal caches are equal files.
    private static void WriteByPath<T>(BinaryWriter w, IReadOnlyDictionary<string, T> items, Action<BinaryWriter, T> write) =>
        WriteByPath(w, items, (w, _, item) => write(w, item));

    private static void WriteByPath<T>(BinaryWriter w, IReadOnlyDictionary<string, T> items, Action<BinaryWriter, string, T> write)
    {
        w.Write(items.Count);
        foreach (var (path, item) in items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            w.Write(path);
            write(w, path, item);
        }
    }

    private static void WriteDigest(BinaryWriter w, PlanDigest digest)
    {
        w.Write(digest.Stamp);
        w.Write(digest.Excerpt);

        w.Write(digest.Files.Count);
        foreach (var file in digest.Files)
        {
            w.Write(file);
        }

        w.Write(digest.Page is not null);
        if (digest.Page is { } page)
        {
            w.Write(page);
        }
    }

    /// <summary>Removes a cache that must not be used again (the site it describes is gone or is being replaced).</summary>
    public static void Delete(string folder) => File.Delete(Path.Combine(folder, FileName));

    // Writes through to a stream and hashes what passes.
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
