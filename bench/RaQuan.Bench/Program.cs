using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RaQuan.Bench.ReaderBenchmark).Assembly).Run(args);
