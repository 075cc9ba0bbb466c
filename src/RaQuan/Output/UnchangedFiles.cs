using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace RaQuan.Output;

/// <summary>
/// Gives every file a build made the modification time of the published file it replaces when their bytes are
/// equal, so that <c>rsync -a</c>, an object-store sync or a CDN, which compare size and time, send only the files
/// that changed. Runs on the staging folder before it is published: a build killed meanwhile leaves the previous
/// site, and only times of files nobody reads yet have changed.
/// </summary>
internal static class UnchangedFiles
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Gives each of <paramref name="files"/> in <paramref name="staging"/> equal to its namesake in <paramref name="published"/> that one's time.</summary>
    /// <param name="files">The files of the staging folder (paths in the site, <c>/</c> between folders): those the build wrote, and its marker.</param>
    /// <param name="linked">Whether a file (its path in the site) is its published namesake itself, a hard link: counted, not read.</param>
    /// <param name="changed">Told the path in the site of every file that is new or whose bytes differ.</param>
    /// <returns>How many files are unchanged.</returns>
    public static int KeepTimes(string published, string staging, IEnumerable<string> files, Func<string, bool>? linked = null, ISet<string>? changed = null)
    {
        var unchanged = 0;
        if (!Directory.Exists(published))
        {
            changed?.UnionWith(files);
            return 0;
        }

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, relative =>
        {
            var file = Path.Join(staging, relative);
            if (linked is not null && linked(relative))
            {
                Interlocked.Increment(ref unchanged);
                return;
            }

            var old = new FileInfo(Path.Join(published, relative));
            var made = new FileInfo(file);
            if (!old.Exists || old.Attributes.HasFlag(FileAttributes.ReparsePoint) || made.Length != old.Length || !SameBytes(old.FullName, file))
            {
                if (changed is not null)
                {
                    lock (changed)
                    {
                        changed.Add(relative);
                    }
                }

                return;
            }

            // A photo published from the image cache may already be the very file (a hard link): its time is right.
            if (made.LastWriteTimeUtc != old.LastWriteTimeUtc)
            {
                File.SetLastWriteTimeUtc(file, old.LastWriteTimeUtc);
            }

            Interlocked.Increment(ref unchanged);
        });
        return unchanged;
    }

    /// <summary>The files of <paramref name="published"/> (paths in the site) that are not among <paramref name="kept"/>, but for its marker.</summary>
    public static IEnumerable<string> Missing(string published, Func<string, bool> kept) =>
        Directory.EnumerateFiles(published, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(published, f).Replace('\\', '/'))
            .Where(p => !kept(p) && p != OutputMarker.Name);

    private static bool SameBytes(string first, string second)
    {
        using var a = File.OpenHandle(first);
        using var b = File.OpenHandle(second);

        // Pooled: two new buffers a file made hundreds of collections while comparing a 1,000-plan site.
        var bufferA = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var bufferB = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (long offset = 0; ; )
            {
                var readA = ReadFully(a, bufferA.AsSpan(0, ChunkSize), offset);
                var readB = ReadFully(b, bufferB.AsSpan(0, ChunkSize), offset);
                if (readA != readB || !bufferA.AsSpan(0, readA).SequenceEqual(bufferB.AsSpan(0, readB)))
                {
                    return false;
                }

                if (readA < ChunkSize)
                {
                    return true;
                }

                offset += readA;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bufferA);
            ArrayPool<byte>.Shared.Return(bufferB);
        }
    }

    private static int ReadFully(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
