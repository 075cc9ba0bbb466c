namespace RaQuan.Localization;

/// <summary>
/// A build step as users read it in the progress bar and in --verbose lines: the pipeline names its steps with stable
/// English words ("load", "plan", "feed"), and each has a message "Step_" + name in the chosen language.
/// </summary>
internal static class StepText
{
    public static string Label(string step) =>
        Messages.ResourceManager.GetString("Step_" + step, CultureInfo.CurrentUICulture) ?? step;
}
