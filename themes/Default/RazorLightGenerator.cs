using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Razor.Language;
using RazorLight;
using RazorLight.Generation;
using RazorLight.Razor;

namespace RaQuan.Themes.Default;

/// <summary>
/// RazorLight's code generator, configured as RazorLight configures it for its own engine, with the theme's namespaces.
/// The same code makes the built-in templates' classes at RaQuan's build (themes/Generator, which compiles this file
/// too) and a site's templates at run time, so both are the classes RazorLight would make from the same files.
/// </summary>
internal static class RazorLightGenerator
{
    /// <param name="root">The folder template keys ("Views/PlanView.cshtml") are read from.</param>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only a site's own templates and the build tool get here, never the native program (SiteTemplateCompiler checks).")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
    public static RazorSourceGenerator Create(string root)
    {
        // RazorLightEngineBuilder hands its generator this engine, which RazorLight keeps internal.
        var engine = (RazorEngine)typeof(RazorLightEngine).Assembly
            .GetType("RazorLight.DefaultRazorEngine", throwOnError: true)!
            .GetProperty("Instance")!.GetValue(null)!;
        return new RazorSourceGenerator(engine, new FileSystemRazorProject(root), new HashSet<string>(ThemeImports.Namespaces));
    }
}
