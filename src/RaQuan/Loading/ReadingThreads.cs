using System.Runtime.ExceptionServices;

namespace RaQuan.Loading;

/// <summary>
/// Runs work that mostly waits for files on threads of its own, more than there are cores. A large site read from
/// the disk rather than from memory (the first build after a restart, or after other work pushed the files out)
/// waited on one read per core at a time: 4.5-5.2 s to load 50,000 plans on two cores, against 1.3-1.6 s from
/// memory. Sixteen reads at a time: 2.3-2.5 s, and from memory no slower. Not the thread pool: it adds threads
/// for blocked work gradually, by its own measure of throughput, and the rest of the build sizes its work to the
/// pool's threads, one a core.
/// </summary>
internal static class ReadingThreads
{
    public const int Count = 16;

    /// <summary>Calls <paramref name="body"/> for 0 to <paramref name="count"/> - 1; the first exception is thrown once all have stopped.</summary>
    public static void For(int count, Action<int> body)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        var threads = new Thread[Math.Min(Math.Max(Count, Environment.ProcessorCount), count)];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(() =>
            {
                int i;
                while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < count)
                {
                    try
                    {
                        body(i);
                    }
                    catch (Exception e)
                    {
                        Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                    }
                }
            })
            { IsBackground = true, Name = "RaQuan reader" };
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        failure?.Throw();
    }
}
