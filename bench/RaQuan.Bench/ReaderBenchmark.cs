using BenchmarkDotNet.Attributes;
using RaQuan.Documents;

namespace RaQuan.Bench;

/// <summary>Reading one pasted 20 KB plan (issue target: under 2 ms).</summary>
[MemoryDiagnoser]
public class ReaderBenchmark
{
    private string _plan = "";

    [GlobalSetup]
    public void Setup() => _plan = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sample-plan.txt"));

    [Benchmark]
    public DocumentReading Read20KbPlan() => DocumentReader.Read(_plan);
}
