using System.Diagnostics;
using System.Globalization;
using System.Text;
using RaQuan.Tests.Documents;
using RaQuan.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RaQuan.Tests.Reliability;

/// <summary>
/// One fuzzing run over the seed documents: the base seed and the iteration count (RAQUAN_FUZZ_SEED,
/// RAQUAN_FUZZ_ITERATIONS), each iteration's own <see cref="Random"/> made from both so any one input replays, and
/// the failures, each named by seed and iteration.
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
    private readonly Stopwatch _clock = new();
    private (TimeSpan Time, string Input) _slowest;

    public static int Seed { get; } = FromEnvironment("RAQUAN_FUZZ_SEED", DefaultSeed);
    public static int Iterations { get; } = FromEnvironment("RAQUAN_FUZZ_ITERATIONS", DefaultIterations);

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

    /// <summary>The replay line, as a failure and the test output print it.</summary>
    public string Replay => $"RAQUAN_FUZZ_SEED={Seed} RAQUAN_FUZZ_ITERATIONS={Iterations}";

    /// <summary>
    /// Runs <paramref name="count"/> inputs, on both cores when <paramref name="parallel"/>; <paramref name="check"/>
    /// returns the outcome's name or throws. Each input may take <paramref name="budget"/> (default <see cref="Budget"/>).
    /// </summary>
    public void Run(int count, int salt, Func<SeedInput, string> check, bool parallel = false, TimeSpan? budget = null)
    {
        var limit = budget ?? Budget;
        output.WriteLine($"{what}: {count:N0} inputs, {Replay}");
        _clock.Start();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel ? 2 : 1 }, (iteration, loop) =>
        {
            var input = Input(iteration, salt);
            var watch = Stopwatch.StartNew();
            string? problem = null;
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
                    loop.Stop();
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
                _slowest = watch.Elapsed > _slowest.Time ? (watch.Elapsed, input.Name) : _slowest;
                if (problem is not null)
                {
                    _failures.Add((input.Iteration, $"seed {Seed}, iteration {input.Iteration}: {input.Name}: {problem}"));
                }
            }
        });

        _clock.Stop();
        _failures.Sort((a, b) => a.Iteration.CompareTo(b.Iteration));
        output.WriteLine($"{what}: {count:N0} inputs in {_clock.Elapsed.TotalSeconds:0.0} s; slowest {_slowest.Time.TotalMilliseconds:0} ms ({_slowest.Input})");
        output.WriteLine("outcomes: " + string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        if (_failures.Count > 0)
        {
            throw new XunitException(
                $"{what}: {_failures.Count} of {count:N0} inputs failed (replay with {Replay}):\n\n" +
                string.Join("\n\n", _failures.Take(FailuresShown).Select(f => f.Text)));
        }
    }

    private SeedInput Input(int iteration, int salt)
    {
        // Each iteration's generator depends only on the base seed and its number, so one failure replays alone.
        var random = new Random(unchecked((Seed * 1_000_003) + (iteration * 7_919) + salt));
        var index = iteration % Inputs.Length;
        var (mutations, bytes) = new SeedMutator(random, Seeds).Mutate(Inputs[index].Bytes);
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
