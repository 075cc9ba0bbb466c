using RaQuan.Cli;

using var termination = new Termination();
return await CliApp.RunAsync(args, Console.Out, Console.Error, () => DateTimeOffset.Now, termination.Token);
