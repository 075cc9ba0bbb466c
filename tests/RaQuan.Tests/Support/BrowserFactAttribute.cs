namespace RaQuan.Tests.Support;

/// <summary>A test that drives Debian's Chromium: skipped with a message where it is not installed, except on CI, where it must run.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath) && !TestEnvironment.IsCi)
        {
            Skip = $"Chromium is not installed at {TestEnvironment.ChromiumPath} (apt-get install chromium); CI installs it and runs this test.";
        }
    }
}
