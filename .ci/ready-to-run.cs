// Whether assemblies are ReadyToRun: an assembly compiled ahead of time carries a ReadyToRun header, which its CLI
// header points at (ManagedNativeHeader); a plain IL assembly has none. Prints one line an assembly and fails unless
// every one is ReadyToRun. .ci/package checks the installed tool with it:
//   dotnet run .ci/ready-to-run.cs -- FILE.dll…
using System.Reflection.PortableExecutable;

var compiled = 0;
foreach (var path in args)
{
    using var reader = new PEReader(File.OpenRead(path));
    var size = reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size ?? 0;
    Console.WriteLine($"{path}: {(size > 0 ? $"ReadyToRun (header of {size} bytes)" : "IL only")}");
    compiled += size > 0 ? 1 : 0;
}

return args.Length > 0 && compiled == args.Length ? 0 : 1;
