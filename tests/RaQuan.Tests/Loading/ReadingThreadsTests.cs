using RaQuan.Loading;

namespace RaQuan.Tests.Loading;

public sealed class ReadingThreadsTests
{
    [Fact]
    public void Every_index_is_worked_on_once_on_several_threads()
    {
        var times = new int[10_000];
        var threads = new HashSet<int>();
        ReadingThreads.For(times.Length, i =>
        {
            Interlocked.Increment(ref times[i]);
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }

            // Waiting, as a read from the disk does, so that every thread takes a share.
            Thread.Sleep(i % 500 == 0 ? 5 : 0);
        });

        Assert.All(times, t => Assert.Equal(1, t));
        Assert.True(threads.Count > 1, $"ran on {threads.Count} thread");
    }

    [Fact]
    public void The_first_exception_is_thrown_as_it_was_and_the_work_stops()
    {
        var done = 0;
        var thrown = Assert.Throws<InvalidDataException>(() => ReadingThreads.For(100_000, i =>
        {
            if (i == 50)
            {
                throw new InvalidDataException("plan 50");
            }

            Interlocked.Increment(ref done);
            Thread.Sleep(i % 100 == 0 ? 1 : 0);
        }));

        Assert.Equal("plan 50", thrown.Message);
        Assert.True(done < 99_999, $"{done} items were worked on after the failure");
    }

    [Fact]
    public void No_work_calls_nothing_and_returns()
    {
        var calls = 0;

        ReadingThreads.For(0, _ => Interlocked.Increment(ref calls));

        Assert.Equal(0, calls);
    }
}
