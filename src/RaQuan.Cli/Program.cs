using RaQuan.Cli;

// Threads that do not inherit the command's context (file watchers of raquan serve) speak the chosen language too.
if (CliLanguage.Choose(args, Environment.GetEnvironmentVariable(UiLanguage.Variable)) is { } culture)
{
    CultureInfo.DefaultThreadCurrentUICulture = culture;
}

using var termination = new Termination();
var code = await CliApp.RunAsync(args, Console.Out, Console.Error, () => DateTimeOffset.Now, termination.Token);

// A command that stopped by itself within the grace period still ends as the signal asked, as a shell expects.
return termination.ExitCode ?? code;
