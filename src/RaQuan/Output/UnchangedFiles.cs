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

    /// <summary>Gives each file of <paramref name="staging"/> equal to its namesake in <paramref name="published"/> that one's time.</summary>
    /// <returns>How many files are unchanged.</returns>
    public static int KeepTimes(string published, string staging)
    {
        if (!Directory.Exists(published))
        {
            return 0;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var unchanged = 0;
        Parallel.ForEach(Directory.EnumerateFiles(staging, "*", options), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var old = new FileInfo(Path.Join(published, Path.GetRelativePath(staging, file)));
            if (!old.Exists || old.LinkTarget is not null)
            {
                return;
            }

            var made = new FileInfo(file);
            if (made.Length != old.Length || !SameBytes(old.FullName, file))
            {
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

    private static bool SameBytes(string first, string second)
    {
        using var a = File.OpenHandle(first);
        using var b = File.OpenHandle(second);
        var bufferA = new byte[ChunkSize];
        var bufferB = new byte[ChunkSize];
        for (long offset = 0; ; )
        {
            var readA = ReadFully(a, bufferA, offset);
            var readB = ReadFully(b, bufferB, offset);
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

    private static int ReadFully(Microsoft.Win32.SafeHandles.SafeFileHandle file, byte[] buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(total), offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
