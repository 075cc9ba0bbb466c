using System.Diagnostics;
using RaQuan.Documents;
using RaQuan.Tests.Documents;

namespace RaQuan.Tests.Reliability;

public sealed class Scratch3
{
    private static void Log(string s) => File.AppendAllText("/tmp/scratch3.log", s + "\n");

    [Fact]
    public void SeedCost()
    {
        foreach (var name in SeedFiles.Names)
        {
            var text = SeedFiles.Read(name);
            DocumentReader.Read(text);
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 50; i++) DocumentReader.Read(text);
            var read = sw.Elapsed.TotalMilliseconds / 50;
            sw.Restart();
            var r = DocumentReader.Read(text);
            for (var i = 0; i < 50; i++) { DocumentReadingJson.Write(r); DocumentReport.Format(r); }
            Log($"{name}: read {read:0.00} ms, json+report {sw.Elapsed.TotalMilliseconds / 50:0.00} ms");
        }
    }
}
