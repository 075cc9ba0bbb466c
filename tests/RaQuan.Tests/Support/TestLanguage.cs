using System.Runtime.CompilerServices;

namespace RaQuan.Tests.Support;

/// <summary>
/// The suite speaks English unless a test asks for Vietnamese (<c>--lang vi</c>, or the language tests'
/// child processes with their own RAQUAN_LANG): most tests assert on English wording, and the machine's language must
/// not choose it for them. Child processes inherit the variable.
/// </summary>
internal static class TestLanguage
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

#pragma warning disable CA2255 // A module initializer in a test assembly: it must run before any test, and xUnit v2 has no assembly fixture.
    [ModuleInitializer]
    internal static void SpeakEnglish()
#pragma warning restore CA2255
    {
        System.Environment.SetEnvironmentVariable("RAQUAN_LANG", "en");
        CultureInfo.DefaultThreadCurrentUICulture = English;
        CultureInfo.CurrentUICulture = English;
    }
}
