using System.Diagnostics;
using RaQuan.Tests.Documents;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// One fuzzing run over the seed documents: the base seed (RAQUAN_FUZZ_SEED) and, for each input, its own
/// <see cref="Random"/> made from the seed and the input's number, so any one input replays alone. A run draws inputs
/// in order until it has run its count (RAQUAN_FUZZ_ITERATIONS) or its time is up (RAQUAN_FUZZ_SECONDS, 0 for no
/// limit), and fails when fewer than its minimum ran; every few inputs get one of the rare mutations
/// (<see cref="SeedMutator.RareKinds"/>) so that a short run still has each.
/// </summary>
internal sealed class FuzzRun(string what, ITestOutputHelper output)
{
    public const int DefaultSeed = 20240220;
    public const int DefaultIterations = 10_000;

    /// <summary>How long one input may take. Generous on purpose: a loaded 2-core machine must not fail it, a hang must.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>When an input is given up as hung, so the run reports it instead of never ending.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private const int FailuresShown = 10;

    private readonly List<(int Iteration, string Text)> _failures = [];
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rareSeen = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = new();
    private (TimeSpan Time, string Input) _slowest;
    private int _ran;

    public static int Seed { get; } = FromEnvironment("RAQUAN_FUZZ_SEED", DefaultSeed);
    public static int Iterations { get; } = FromEnvironment("RAQUAN_FUZZ_ITERATIONS", DefaultIterations);

    /// <summary>The time a run may draw inputs for, when set: 0 lifts the limit (for a replay).</summary>
    private static int? Seconds { get; } = int.TryParse(Environment.GetEnvironmentVariable("RAQUAN_FUZZ_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null;

    /// <summary>The five seed documents, then the sample site's plans (content/plans), front matter and all.</summary>
    public static IReadOnlyList<byte[]> Seeds => Inputs.Select(input => input.Bytes).ToList();

    private static readonly (string Name, byte[] Bytes)[] Inputs = SeedFiles.Folder is null
        ? []
        : [
            .. SeedFiles.Names.Select(name => (name, File.ReadAllBytes(Path.Combine(SeedFiles.Folder, name)))),
            .. Directory.EnumerateFiles(Path.Combine(TestEnvironment.RepositoryRoot, "content", "plans"), "*.md")
                .Order(StringComparer.Ordinal)
                .Select(file => ("content/plans/" + Path.GetFileName(file), File.ReadAllBytes(file))),
        ];

    /// <summary>How many inputs ran, all of them from the first: the inputs numbered 0 to <see cref="Ran"/> − 1.</summary>
    public int Ran => _ran;

    /// <summary>The line that replays the inputs up to <paramref name="iteration"/>, without a time limit.</summary>
    private static string Replay(int iteration) => $"RAQUAN_FUZZ_SEED={Seed} RAQUAN_FUZZ_ITERATIONS={iteration + 1} RAQUAN_FUZZ_SECONDS=0";

    /// <summary>
    /// Runs inputs 0, 1, 2 … up to <paramref name="count"/> of them, on both cores when <paramref name="parallel"/>,
    /// drawing no new one once <paramref name="time"/> has passed; fails when fewer than <paramref name="minimum"/>
    /// ran. Every <paramref name="rareEvery"/>th input gets a rare mutation. <paramref name="check"/> returns the
    /// outcome's name or throws. Each input may take <paramref name="budget"/> (default <see cref="Budget"/>).
    /// </summary>
    public void Run(int count, int salt, Func<SeedInput, string> check, TimeSpan time, int minimum, int rareEvery,
        bool parallel = false, TimeSpan? budget = null)
    {
        var limit = budget ?? Budget;
        TimeSpan? deadline = Seconds switch { null => time, 0 => null, { } seconds => TimeSpan.FromSeconds(seconds) };
        output.WriteLine($"{what}: up to {count:N0} inputs{(deadline is { } d ? $" or {d.TotalSeconds:0} s" : "")}, RAQUAN_FUZZ_SEED={Seed}");
        _clock.Start();
        var next = -1;
        var hung = false;
        void Work()
        {
            while (!Volatile.Read(ref hung) && (deadline is null || _clock.Elapsed < deadline))
            {
                var iteration = Interlocked.Increment(ref next);
                if (iteration >= count)
                {
                    return;
                }

                if (!RunOne(Input(iteration, salt, rareEvery), check, limit))
                {
                    Volatile.Write(ref hung, true);
                }
            }
        }

        // Threads of their own: the inputs' own tasks (RunOne) must not wait for a pool thread.
        var workers = Enumerable.Range(0, parallel ? 2 : 1)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(workers);

        _clock.Stop();
        _failures.Sort((a, b) => a.Iteration.CompareTo(b.Iteration));
        output.WriteLine($"{what}: {_ran:N0} inputs in {_clock.Elapsed.TotalSeconds:0.0} s; slowest {_slowest.Time.TotalMilliseconds:0} ms ({_slowest.Input})");
        output.WriteLine("outcomes: " + string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        output.WriteLine("rare mutations run: " + string.Join(", ", SeedMutator.RareKinds.Where(_rareSeen.Contains)));
        if (_failures.Count > 0)
        {
            throw new XunitException(
                $"{what}: {_failures.Count} of {_ran:N0} inputs failed (replay the first with {Replay(_failures[0].Iteration)}):\n\n" +
                string.Join("\n\n", _failures.Take(FailuresShown).Select(f => f.Text)));
        }

        if (_ran < Math.Min(minimum, count))
        {
            throw new XunitException(
                $"{what}: only {_ran:N0} inputs ran in {_clock.Elapsed.TotalSeconds:0} s, fewer than the {minimum:N0} a run must try; " +
                $"the machine is too busy or inputs got slower (RAQUAN_FUZZ_SEED={Seed}; RAQUAN_FUZZ_SECONDS raises the time)");
        }
    }

    /// <summary>Runs one input; false when it hung, which ends the run.</summary>
    private bool RunOne(SeedInput input, Func<SeedInput, string> check, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        string? problem = null;
        var finished = true;
        // A thread of its own, so a hung input can be given up without starving the thread pool.
        var work = Task.Factory.StartNew(() => check(input), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (work.Wait(Hang))
            {
                Count(work.Result);
            }
            else
            {
                // The hung input keeps its thread; stopping here reports it while the test host is torn down.
                problem = $"did not finish in {Hang.TotalSeconds:0} s: it hangs";
                finished = false;
            }
        }
        catch (AggregateException e) when (e.InnerException is { } inner and not OutOfMemoryException)
        {
            problem = $"{inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}";
        }

        watch.Stop();
        if (problem is null && watch.Elapsed > limit)
        {
            problem = $"took {watch.Elapsed.TotalSeconds:0.0} s, more than the {limit.TotalSeconds:0} s an input may take";
        }

        lock (_failures)
        {
            _ran++;
            _slowest = watch.Elapsed > _slowest.Time ? (watch.Elapsed, input.Name) : _slowest;
            _rareSeen.UnionWith(input.Mutations.Split('+'));
            if (problem is not null)
            {
                _failures.Add((input.Iteration, $"seed {Seed}, iteration {input.Iteration}: {input.Name}: {problem}"));
            }
        }

        return finished;
    }

    private SeedInput Input(int iteration, int salt, int rareEvery)
    {
        // Each iteration's generator depends only on the base seed and its number, so one failure replays alone.
        var random = new Random(unchecked((Seed * 1_000_003) + (iteration * 7_919) + salt));
        var index = iteration % Inputs.Length;
        var forced = iteration % rareEvery == rareEvery - 1 ? SeedMutator.RareKinds[iteration / rareEvery % SeedMutator.RareKinds.Length] : null;
        var (mutations, bytes) = new SeedMutator(random, Seeds).Mutate(Inputs[index].Bytes, forced);
        return new SeedInput(iteration, Inputs[index].Name, mutations, bytes, random);
    }

    private void Count(string outcome)
    {
        lock (_outcomes)
        {
            _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
        }
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
