using RaQuan.Cli;

using var termination = new Termination();
var code = await CliApp.RunAsync(args, Console.Out, Console.Error, () => DateTimeOffset.Now, termination.Token);

// A command that stopped by itself within the grace period still ends as the signal asked, as a shell expects.
return termination.ExitCode ?? code;
