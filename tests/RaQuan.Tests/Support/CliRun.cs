namespace RaQuan.Tests.Support;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
